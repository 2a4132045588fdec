namespace KognitosGen.Tests.Telemetry;

/// <summary>
/// Seeds for the emulator's fault injection that give a known start. The injector draws five numbers per matching
/// request from <c>new Random(seed)</c>, the second deciding a 429; this replays those draws.
/// </summary>
public static class FaultSeeds
{
    /// <summary>A seed under which, at <paramref name="rate"/>, the first matching request gets a 429 and the second does not.</summary>
    public static int RateLimitedThenAnswered(double rate)
    {
        for (var seed = 1; ; seed++)
        {
            var random = new Random(seed);
            var first = Draws(random);
            var second = Draws(random);
            if (first[1] < rate && second[1] >= rate)
                return seed;
        }
    }

    private static double[] Draws(Random random) =>
        [random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble(), random.NextDouble()];
}
