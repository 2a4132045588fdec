namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>What went wrong for one input: which component ("generator", "analyzer ...") and how.</summary>
public sealed record FuzzProblem(string Component, string Description)
{
    public override string ToString() => $"{Component}: {Description}";
}
