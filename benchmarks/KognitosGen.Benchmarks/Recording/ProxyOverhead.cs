using System.Diagnostics;
using KognitosGen.Cli.Recording;
using KognitosGen.Emulator;

namespace KognitosGen.Benchmarks.Recording;

/// <summary>
/// What <c>kognitos record</c>'s proxy adds to a call on loopback: <c>GET /v2/runs/{run_id}</c> (a poll, the call
/// a client makes most) to the in-process emulator, directly and through the proxy, in alternating blocks so both
/// sides see the same machine; the p50 of each and their difference. Goal: at most 2 ms.
/// </summary>
internal static class ProxyOverhead
{
    private const string Key = "benchmark-recording-key";
    private const string Agent = "benchagent000000000000001";
    private const string Process = "benchprocess0000000000001";

    public static async Task<(double DirectMs, double ProxiedMs)> MeasureAsync(int calls)
    {
        var scenario = new EmulatorScenario().AddApiKey(Key).AddAgent(Agent, a => a.AddProcess(Process, "to be polled"));
        await using var emulator = await KognitosEmulator.StartAsync(scenario);
        var recording = Path.Combine(Path.GetTempPath(), $"kognitos-bench-{Guid.NewGuid():N}.json");
        try
        {
            await using var proxy = await RecordingProxy.StartAsync(new RecordingProxyOptions { Upstream = emulator.BaseAddress, RecordingPath = recording });
            using var direct = Client(emulator.BaseAddress);
            using var proxied = Client(proxy.BaseAddress);
            var runId = await StartRunAsync(proxied);
            var path = new Uri("v2/runs/" + runId, UriKind.Relative);

            await TimeAsync(direct, path, 200);
            await TimeAsync(proxied, path, 200);
            var directTimes = new List<double>();
            var proxiedTimes = new List<double>();
            for (var block = 0; block < calls / 100; block++)
            {
                directTimes.AddRange(await TimeAsync(direct, path, 100));
                proxiedTimes.AddRange(await TimeAsync(proxied, path, 100));
            }

            return (Median(directTimes), Median(proxiedTimes));
        }
        finally
        {
            File.Delete(recording);
        }
    }

    private static HttpClient Client(Uri baseAddress)
    {
        var http = new HttpClient { BaseAddress = baseAddress };
        http.DefaultRequestHeaders.Add("x-api-key", Key);
        return http;
    }

    private static async Task<string> StartRunAsync(HttpClient http)
    {
        using var body = new StringContent($$"""{"name":"polled","agent_id":"{{Agent}}","process_id":"{{Process}}","stage":"Published","inputs":[]}""",
            System.Text.Encoding.UTF8, "application/json");
        using var answer = await http.PostAsync(new Uri("v2/runs", UriKind.Relative), body);
        answer.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await answer.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }

    private static async Task<List<double>> TimeAsync(HttpClient http, Uri path, int count)
    {
        var times = new List<double>(count);
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var answer = await http.GetAsync(path);
            await answer.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            answer.EnsureSuccessStatusCode();
        }

        return times;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
