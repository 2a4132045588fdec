using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.Testing;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// A test server on the virtual clock whose <see cref="EchoInvoice"/> runs echo their inputs after a set time, and what
/// the scale tests read from it: the emulator's request counters by kind.
/// </summary>
public static class ScaleWorld
{
    public static async Task<KognitosTestServer> StartAsync(TimeSpan runTime, bool listIncludesOutputs, TimeSpan? forgetAfter = null, bool autoAdvance = true)
    {
        var server = await KognitosTestServer.StartAsync(new KognitosTestServerOptions
        {
            AutoAdvanceTime = autoAdvance,
            ListIncludesOutputs = listIncludesOutputs,
            ForgetTerminalRunsAfter = forgetAfter,
        });
        server.Process<EchoInvoice>()
            .Returns(run => new KognitosOutputs<EchoInvoice>
            {
                [p => p.EchoedNumber] = run.Input(p => p.InvoiceNumber),
                [p => p.Total] = run.Input(p => p.Amount),
            })
            .Taking(runTime);
        return server;
    }

    /// <summary>A client of <paramref name="server"/> with a retry budget deep enough for heavy fault rates.</summary>
    /// <param name="maxConcurrentRequests">At least the runs in flight where each must poll at its own pace: requests
    /// queued in the client are not in flight, so the virtual clock would move on while they wait.</param>
    public static KognitosClient Client(KognitosTestServer server, bool coalesce = true, int maxRetries = 12, int maxConcurrentRequests = 64) =>
        server.CreateClient(options =>
        {
            options.MaxConcurrentRequests = maxConcurrentRequests;
            options.Retry = new KognitosRetryOptions { MaxRetries = maxRetries, MaxRetryAfter = TimeSpan.FromSeconds(5) };
            options.Polling = new KognitosPollingOptions { CoalesceWaits = coalesce };
        });

    public static EchoInvoice Invoice(int i) => new() { InvoiceNumber = $"INV-{i:000000}", Amount = i * 1.25m };

    public static string Counts(EmulatorCounters counters) =>
        $"requests {counters.TotalRequests} (starts {counters.RequestsFor("POST", "/v2/runs")}, lists {counters.RequestsFor("GET", "/v2/runs")}, " +
        $"run reads {counters.RequestsFor("GET", "/v2/runs/{run_id}")})";
}
