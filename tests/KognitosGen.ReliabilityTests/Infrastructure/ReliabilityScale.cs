namespace KognitosGen.ReliabilityTests.Infrastructure;

/// <summary>
/// How hard the reliability tests push: CI runs the fixed counts with a fixed seed; set
/// KOGNITOSGEN_RELIABILITY_SCALE (a whole number, e.g. 10) to multiply the counts for a longer run.
/// </summary>
public static class ReliabilityScale
{
    public const string Variable = "KOGNITOSGEN_RELIABILITY_SCALE";

    public const int Seed = 20261128;

    public static int Factor { get; } =
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var factor) && factor > 0 ? factor : 1;

    public static int Scaled(int count) => checked(count * Factor);
}
