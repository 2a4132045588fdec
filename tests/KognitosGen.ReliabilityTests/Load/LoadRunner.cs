using System.Diagnostics;

namespace KognitosGen.ReliabilityTests.Load;

/// <summary>
/// Runs <c>clients</c> simulated clients at once against one emulator, splitting the requests evenly.
/// </summary>
/// <remarks>
/// All clients share one <see cref="SocketsHttpHandler"/> allowing one connection per client: that is how an
/// application uses HTTP (one pooled handler, as KognitosClient and IHttpClientFactory do), each concurrent
/// client still gets its own keep-alive connection, and 200 separate handlers would only add 200 pools and
/// their idle-connection timers without making the load any more real.
/// </remarks>
public static class LoadRunner
{
    public static async Task<LoadRunResult> RunAsync(Uri baseAddress, int clients, int totalRequests, int seed, CancellationToken cancellationToken)
    {
        using var handler = new SocketsHttpHandler
        {
            MaxConnectionsPerServer = clients,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            UseProxy = false,
        };
        using var http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("x-api-key", LoadScenario.ApiKey);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var runs = Enumerable.Range(0, clients).Select(async number =>
        {
            var plan = LoadMix.Plan(seed, number, totalRequests / clients + (number < totalRequests % clients ? 1 : 0));
            await start.Task.WaitAsync(cancellationToken);
            return await new LoadClient(http, number).RunAsync(plan, cancellationToken);
        }).ToList();

        var stopwatch = Stopwatch.StartNew();
        start.SetResult();
        var results = await Task.WhenAll(runs);
        stopwatch.Stop();

        var sent = LoadRequests.Kinds.ToDictionary(kind => kind, kind => results.Sum(r => r.Sent[kind]));
        var latencies = results.SelectMany(r => r.Latencies).Order().ToList();
        return new LoadRunResult(clients, sent, results.Sum(r => r.ErrorCount), results.SelectMany(r => r.Errors).Take(50).ToList(), latencies, stopwatch.Elapsed);
    }
}
