namespace KognitosGen.Benchmarks.Recording;

/// <summary><c>--recording</c>: the recording proxy's overhead per call and the 1,000-run replay's wall time, against their goals.</summary>
internal static class RecordingFigures
{
    public static async Task RunAsync()
    {
        var (direct, proxied) = await ProxyOverhead.MeasureAsync(calls: 3_000);
        var overhead = proxied - direct;
        Console.WriteLine($"Recording proxy, GET /v2/runs/{{run_id}} on loopback, p50 of 3,000 calls each: direct {direct:0.000} ms, "
            + $"through the proxy {proxied:0.000} ms, overhead {overhead:0.000} ms (goal <= 2 ms: {(overhead <= 2 ? "met" : "MISSED")})");
        var replay = await ThousandRunReplay.MeasureAsync(runs: 1_000);
        Console.WriteLine($"Replay of a 1,000-run recording through the test kit (32 at a time, a recorded minute each on virtual time): "
            + $"{replay.TotalSeconds:0.00} s wall (goal < 10 s: {(replay.TotalSeconds < 10 ? "met" : "MISSED")})");
    }
}
