namespace KognitosGen.Emulator;

/// <summary>What the fault injector decided for one request. Checked in declaration order.</summary>
internal readonly record struct FaultDecision(
    int DelayMs,
    bool DropBeforeHandling,
    bool RateLimited,
    int RetryAfterSeconds,
    bool ServiceUnavailable,
    bool DropAfterHandling)
{
    public static FaultDecision None => default;
}
