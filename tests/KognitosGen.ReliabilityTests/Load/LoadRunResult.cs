namespace KognitosGen.ReliabilityTests.Load;

/// <summary>The whole load run: requests per kind, errors, latencies sorted ascending, and the wall time.</summary>
public sealed record LoadRunResult(
    int Clients,
    IReadOnlyDictionary<LoadRequestKind, int> Sent,
    int ErrorCount,
    IReadOnlyList<string> Errors,
    IReadOnlyList<TimeSpan> SortedLatencies,
    TimeSpan Elapsed)
{
    public int TotalSent => Sent.Values.Sum();

    public TimeSpan P50 => LatencyPercentiles.Of(SortedLatencies, 50);

    public TimeSpan P99 => LatencyPercentiles.Of(SortedLatencies, 99);

    public string Summary =>
        $"requests: {TotalSent} from {Clients} concurrent clients ({string.Join(", ", Sent.Select(p => $"{p.Key} {p.Value}"))}), errors: {ErrorCount}, "
        + $"p50 {P50.TotalMilliseconds:F1} ms, p99 {P99.TotalMilliseconds:F1} ms, max {SortedLatencies[^1].TotalMilliseconds:F1} ms, "
        + $"elapsed {Elapsed.TotalSeconds:F1} s ({TotalSent / Elapsed.TotalSeconds:F0} requests/s)";
}
