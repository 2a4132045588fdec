namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>The agent and processes of <see cref="RunningScenario"/>.</summary>
public static class Ids
{
    public const string Agent = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    public const string Echo = "3ch03v3rytyp300000000001";
    public const string Loose = "l00s3v4lu3s000000000001";
    public const string Broken = "br0k3n0utputs00000000001";
    public const string Files = "f1l3s000000000000000001";
    public const string Draft = "dr4ft000000000000000001";
}
