using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Load;

/// <summary>
/// The emulator under 200 concurrent clients and 20,000 requests (times the reliability scale) of a realistic mix,
/// without faults: every request gets its expected status, the emulator counted exactly what was sent, and the
/// p50/p99 latencies are reported.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class EmulatorLoadTests(ITestOutputHelper output)
{
    private const int Clients = 200;
    private const int Requests = 20_000;

    [Fact]
    public async Task Emulator_serves_two_hundred_concurrent_clients_without_an_error()
    {
        var total = ReliabilityScale.Scaled(Requests);
        using var timeLimit = new CancellationTokenSource(TimeSpan.FromMinutes(3) * ReliabilityScale.Factor);
        await using var emulator = await KognitosEmulator.StartAsync(LoadScenario.Create(), timeLimit.Token);
        Assert.True(emulator.BaseAddress.IsLoopback, $"The emulator listens on {emulator.BaseAddress}, not on loopback.");

        // One request of each kind first, so JIT compilation is not measured; then the counters start from zero.
        var warmUp = await LoadRunner.RunAsync(emulator.BaseAddress, clients: 1, totalRequests: 20, ReliabilityScale.Seed, timeLimit.Token);
        Assert.Equal(0, warmUp.ErrorCount);
        emulator.Counters.Reset();

        var result = await LoadRunner.RunAsync(emulator.BaseAddress, Clients, total, ReliabilityScale.Seed, timeLimit.Token);

        output.WriteLine(result.Summary);
        ReliabilityReport.Add("emulator load", result.Summary);
        Assert.True(result.ErrorCount == 0, $"{result.ErrorCount} request(s) failed:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors)}");
        Assert.Equal(total, result.TotalSent);
        Assert.Equal(total, result.SortedLatencies.Count);
        AssertCountersMatch(emulator.Counters.Snapshot(), result);
    }

    private static void AssertCountersMatch(EmulatorCountersSnapshot counters, LoadRunResult result)
    {
        Assert.Equal(result.TotalSent, counters.TotalRequests);
        var expectedRoutes = result.Sent
            .Where(pair => pair.Value > 0)
            .GroupBy(pair => LoadRequests.CounterKey(pair.Key))
            .ToDictionary(g => $"{g.Key.Method} {g.Key.Route}", g => (long)g.Sum(pair => pair.Value));
        Assert.Equal(expectedRoutes.OrderBy(p => p.Key), counters.RequestsByRoute.OrderBy(p => p.Key));
        Assert.Equal(result.Sent[LoadRequestKind.CreateRun], counters.TotalRunsCreated);
        Assert.Equal(counters.TotalRunsCreated, counters.RunsCreatedByProcess.Values.Sum());
        Assert.All(counters.RunsCreatedByProcess.Keys, process => Assert.Contains(process, LoadScenario.ProcessIds));
        Assert.Equal(0, counters.Faults.RateLimited + counters.Faults.ServiceUnavailable + counters.Faults.Delayed
            + counters.Faults.DroppedBeforeHandling + counters.Faults.DroppedAfterHandling);
    }
}
