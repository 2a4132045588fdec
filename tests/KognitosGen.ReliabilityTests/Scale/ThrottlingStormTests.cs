using System.Collections.Concurrent;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.Testing;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// A throttling storm on the virtual clock: 200 typed runs of five minutes through one client with the default retry
/// settings, while a quarter of the waits' reads are answered 429 (Retry-After: 5) and one in twenty 503. A read that
/// runs out of retries no longer ends the waits it served: each wait looks again within its own deadline, so every run
/// is bound, none is started twice, and the waits still share one list (requests beside the calm run's).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ThrottlingStormTests(ITestOutputHelper output)
{
    private const int Runs = 200;
    private static readonly TimeSpan RunTime = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task Two_hundred_runs_are_all_bound_through_a_storm_of_429_and_503_with_their_waits_still_coalesced()
    {
        var calm = await RunAllAsync(storm: false);
        var stormy = await RunAllAsync(storm: true);

        var figures = $"{Runs} runs of {RunTime.TotalMinutes:0} min (virtual) through one client, default retries: calm {calm.Summary}; " +
            $"storm of 25% 429 (Retry-After 5 s) + 5% 503 on every read {stormy.Summary}, 429s {stormy.RateLimited}, 503s {stormy.Unavailable}, " +
            $"virtual time {stormy.VirtualTime.TotalMinutes:0.0} min; reads ratio {(double)stormy.Reads / calm.Reads:0.00}";
        output.WriteLine(figures);
        ReliabilityReport.Add("throttling storm", figures);
        Assert.Equal(Runs, stormy.Bound);
        Assert.True(stormy.RateLimited >= Runs / 4, $"only {stormy.RateLimited} 429s were injected");
        Assert.True(stormy.VirtualTime >= RunTime, "the storm lasted less than the runs");
        // Still coalesced: a run polled on its own would read it every 10 s (30 reads a run); the storm costs the
        // retries of the reads it refused, not a loop per run.
        Assert.True(stormy.Reads <= 2 * calm.Reads, figures);
    }

    private async Task<Measured> RunAllAsync(bool storm)
    {
        await using var server = await ScaleWorld.StartAsync(RunTime, listIncludesOutputs: false);
        if (storm)
        {
            server.Emulator.Faults = new FaultSettings
            {
                Seed = ReliabilityScale.Seed, RateLimitRate = 0.25, RetryAfterSeconds = 5, ServiceUnavailableRate = 0.05, Methods = ["GET"],
            };
        }

        using var client = server.CreateClient(options => options.MaxConcurrentRequests = 64);
        var started = server.Clock.GetUtcNow();
        var bound = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, Runs).Select(async i =>
        {
            var invoice = ScaleWorld.Invoice(i);
            var result = await invoice.RunAsync(client);
            Assert.Equal(ScaleWorld.Invoice(i).InvoiceNumber, invoice.EchoedNumber);
            Assert.Equal(ScaleWorld.Invoice(i).Amount, invoice.Total);
            bound.Add(result.Run.Id);
        }));

        var counters = server.Emulator.Counters;
        Assert.Equal(Runs, bound.Distinct().Count());
        Assert.Equal(Runs, server.RunsOf<EchoInvoice>().Count);
        return new Measured(
            bound.Count,
            counters.RequestsFor("GET", "/v2/runs") + counters.RequestsFor("GET", "/v2/runs/{run_id}"),
            counters.FaultsInjected(FaultKind.RateLimited),
            counters.FaultsInjected(FaultKind.ServiceUnavailable),
            server.Clock.GetUtcNow() - started,
            ScaleWorld.Counts(counters));
    }

    private sealed record Measured(int Bound, long Reads, long RateLimited, long Unavailable, TimeSpan VirtualTime, string Summary);
}
