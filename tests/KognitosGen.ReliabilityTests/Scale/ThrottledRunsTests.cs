using System.Collections.Concurrent;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.Testing;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// The coalesced workload again, once without faults and once with a fifth of all requests answered 429 with
/// Retry-After: 1. The client's one throttle pauses every request after a 429, so retries do not pile up: the
/// faulted run sends at most 1.3 times the requests, and every run completes.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ThrottledRunsTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Under_a_fifth_of_requests_throttled_every_run_completes_with_at_most_a_third_more_requests()
    {
        var runs = ReliabilityScale.Scaled(1000);

        var calm = await RunAllAsync(runs, rateLimited: 0);
        var throttled = await RunAllAsync(runs, rateLimited: 0.2);

        var ratio = (double)throttled.Requests / calm.Requests;
        var figures = $"{runs} runs of 60 s at once: without faults {calm.Summary}; with 20% 429 + Retry-After: 1 {throttled.Summary}, " +
            $"429s {throttled.RateLimited}; ratio {ratio:0.000}";
        output.WriteLine(figures);
        ReliabilityReport.Add("one throttle per client", figures);
        Assert.Equal(runs, throttled.Completed);
        Assert.True(throttled.RateLimited > 0, "no 429 was injected");
        Assert.True(ratio <= 1.3, figures);
    }

    private static async Task<Measured> RunAllAsync(int runs, double rateLimited)
    {
        await using var server = await ScaleWorld.StartAsync(TimeSpan.FromSeconds(60), listIncludesOutputs: true);
        if (rateLimited > 0)
            server.Faults.Seeded(ReliabilityScale.Seed).RateLimit(rateLimited, TimeSpan.FromSeconds(1));
        using var client = ScaleWorld.Client(server);
        var completed = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, runs).Select(async i =>
        {
            var invoice = ScaleWorld.Invoice(i);
            var result = await invoice.RunAsync(client);
            Assert.Equal(ScaleWorld.Invoice(i).InvoiceNumber, invoice.EchoedNumber);
            completed.Add(result.Run.Id);
        }));

        var counters = server.Emulator.Counters;
        Assert.Equal(runs, completed.Distinct().Count());
        Assert.Equal(runs, server.RunsOf<EchoInvoice>().Count);
        return new Measured(completed.Count, counters.TotalRequests, counters.FaultsInjected(FaultKind.RateLimited), ScaleWorld.Counts(counters));
    }

    private sealed record Measured(int Completed, long Requests, long RateLimited, string Summary);
}
