namespace KognitosGen.Sample;

/// <summary>The identities in samples/emulator/demo.json that this sample runs.</summary>
internal static class DemoScenario
{
    public const string ApiKey = "dev-key";
    public const string AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    public const string InvoiceProcessId = "b4fznghynbdemslfd5k044fgd";
    public const string ResumeProcessId = "a1b2c3d4e5f6g7h8i9j0klmn1";
    public const string FeedbackProcessId = "o9p8q7r6s5t4u3v2w1x0yzab2";
}
