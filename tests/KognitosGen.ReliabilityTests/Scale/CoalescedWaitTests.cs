using System.Collections.Concurrent;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.Testing;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// A thousand runs of one process in flight at once, each lasting a minute of virtual time, waited on at the default
/// polling interval: once with every wait polling its own run, once with the waits sharing one loop. Same outputs,
/// a tenth of the requests or fewer.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class CoalescedWaitTests(ITestOutputHelper output)
{
    private static readonly TimeSpan RunTime = TimeSpan.FromSeconds(60);

    // The clock moves in steps of this much, each once the client is quiet, so every poll is at most this late.
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(100);

    [Fact]
    public async Task A_thousand_coalesced_waits_send_a_tenth_of_the_requests_of_per_run_polling_with_the_same_outputs()
    {
        var runs = ReliabilityScale.Scaled(1000);

        var perRun = await RunAllAsync(runs, coalesce: false, listIncludesOutputs: true);
        var coalesced = await RunAllAsync(runs, coalesce: true, listIncludesOutputs: true);
        var withoutListedOutputs = await RunAllAsync(runs, coalesce: true, listIncludesOutputs: false);

        Assert.Equal(perRun.Outputs, coalesced.Outputs);
        Assert.Equal(perRun.Outputs, withoutListedOutputs.Outputs);
        var expected = Enumerable.Range(0, runs).Select(i => ((string?)ScaleWorld.Invoice(i).InvoiceNumber, (decimal?)ScaleWorld.Invoice(i).Amount)).ToList();
        Assert.Equal(expected, perRun.Outputs);
        var ratio = (double)coalesced.Requests / perRun.Requests;
        var pollRatio = (double)coalesced.Polls / perRun.Polls;
        var figures = $"{runs} runs of 60 s at once, default polling: per-run polling {perRun.Summary}; coalesced {coalesced.Summary}; " +
            $"ratio {ratio:0.000} (polls alone {pollRatio:0.000}); coalesced when the list leaves outputs out {withoutListedOutputs.Summary}";
        output.WriteLine(figures);
        ReliabilityReport.Add("coalesced waits", figures);
        Assert.True(ratio <= 0.1, figures);
    }

    private static async Task<Measured> RunAllAsync(int runs, bool coalesce, bool listIncludesOutputs)
    {
        await using var server = await ScaleWorld.StartAsync(RunTime, listIncludesOutputs, autoAdvance: false);
        using var client = ScaleWorld.Client(server, coalesce, maxConcurrentRequests: runs);
        var outputs = new ConcurrentDictionary<int, (string?, decimal?)>();

        var work = Task.WhenAll(Enumerable.Range(0, runs).Select(async i =>
        {
            var invoice = ScaleWorld.Invoice(i);
            var result = await invoice.RunAsync(client);
            Assert.Equal(KognitosRunStatus.Succeeded, result.Run.Status);
            outputs[i] = (invoice.EchoedNumber, invoice.Total);
        }));
        await ClockStepper.RunAsync(server, work, Step, TimeSpan.FromMinutes(10));

        var counters = server.Emulator.Counters;
        Assert.Equal(runs, counters.RunsCreatedFor(server.RunsOf<EchoInvoice>()[0].Received.ProcessId));
        return new Measured(
            outputs.OrderBy(pair => pair.Key).Select(pair => pair.Value).ToList(),
            counters.TotalRequests,
            counters.RequestsFor("GET", "/v2/runs") + counters.RequestsFor("GET", "/v2/runs/{run_id}"),
            ScaleWorld.Counts(counters));
    }

    private sealed record Measured(List<(string?, decimal?)> Outputs, long Requests, long Polls, string Summary);
}
