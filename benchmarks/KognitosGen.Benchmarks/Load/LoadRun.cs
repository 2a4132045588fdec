using System.Diagnostics;

namespace KognitosGen.Benchmarks.Load;

/// <summary>
/// One load run: <c>requests</c> GETs of one URL from <c>clients</c> concurrent callers over one
/// <see cref="HttpClient"/> (a connection each), every answer read whole; throughput and the 99th percentile latency.
/// </summary>
public static class LoadRun
{
    public readonly record struct Result(double RequestsPerSecond, double P99Nanoseconds);

    public static async Task<Result> RunAsync(HttpClient http, Uri url, string? apiKey, int requests, int clients, int expectedLength)
    {
        var latencies = new double[requests];
        var next = -1;
        var start = Stopwatch.GetTimestamp();
        var callers = new Task[clients];
        for (var c = 0; c < clients; c++)
        {
            callers[c] = Task.Run(async () =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < requests)
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, url);
                    if (apiKey is not null)
                        request.Headers.TryAddWithoutValidation("x-api-key", apiKey);
                    var sent = Stopwatch.GetTimestamp();
                    using var response = await http.SendAsync(request).ConfigureAwait(false);
                    var body = await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                    latencies[i] = Stopwatch.GetElapsedTime(sent).TotalNanoseconds;
                    if (!response.IsSuccessStatusCode || body.Length != expectedLength)
                        throw new InvalidOperationException($"{url} answered {(int)response.StatusCode} with {body.Length} bytes, not 200 with {expectedLength}.");
                }
            });
        }

        await Task.WhenAll(callers).ConfigureAwait(false);
        var seconds = Stopwatch.GetElapsedTime(start).TotalSeconds;
        Array.Sort(latencies);
        return new Result(requests / seconds, latencies[(int)Math.Ceiling(requests * 0.99) - 1]);
    }
}
