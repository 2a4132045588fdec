namespace KognitosGen.ReliabilityTests.Load;

/// <summary>Nearest-rank percentiles of request latencies.</summary>
public static class LatencyPercentiles
{
    /// <summary>The smallest latency that at least <paramref name="percent"/>% of <paramref name="sorted"/> do not exceed.</summary>
    public static TimeSpan Of(IReadOnlyList<TimeSpan> sorted, double percent)
    {
        if (sorted.Count == 0)
            throw new ArgumentException("No latencies were recorded.", nameof(sorted));
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return sorted[Math.Clamp(rank, 1, sorted.Count) - 1];
    }
}
