using KognitosGen.ReliabilityTests.Infrastructure;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>How much the CI fuzz run does: counts scale with <see cref="ReliabilityScale.Factor"/>, the seed is fixed.</summary>
public static class FuzzSettings
{
    public const int InputsPerRun = 10_000;

    /// <summary>CI runners have two cores.</summary>
    public static int Threads { get; } = Math.Clamp(Environment.ProcessorCount, 1, 2);

    /// <summary>A guard against a hang, far above the expected time (well under two minutes at scale 1 on two cores).</summary>
    public static TimeSpan TimeLimit { get; } = TimeSpan.FromMinutes(10) * ReliabilityScale.Factor;
}
