using System.Collections.Concurrent;
using System.Diagnostics;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Faults;

/// <summary>
/// Many typed runs, started and awaited concurrently through an emulator that rate-limits, fails, drops
/// connections (before and after handling) and delays: every run completes once, with the right outputs.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class RunsUnderFaultsTests(ITestOutputHelper output)
{
    private const int Concurrency = 32;

    [Fact]
    public async Task A_thousand_runs_complete_with_the_right_outputs_and_no_duplicate()
    {
        var runs = ReliabilityScale.Scaled(1000);
        var faults = FaultScenario.StandardMix();
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(faults));
        using var client = FaultScenario.Client(emulator);
        using var gate = new SemaphoreSlim(Concurrency);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var runIds = new ConcurrentBag<string>();
        var clock = Stopwatch.StartNew();

        var tasks = Enumerable.Range(0, runs).Select(async i =>
        {
            await gate.WaitAsync(deadline.Token);
            try
            {
                var invoice = new EchoInvoice { InvoiceNumber = $"INV-{i:00000}", Amount = i * 1.25m };
                var result = await invoice.RunAsync(client, cancellationToken: deadline.Token);
                Assert.Equal($"INV-{i:00000}", invoice.EchoedNumber);
                Assert.Equal(i * 1.25m, invoice.Total);
                Assert.Equal(KognitosRunStatus.Succeeded, result.Run.Status);
                runIds.Add(result.Run.Id);
            }
            finally
            {
                gate.Release();
            }
        });
        await Task.WhenAll(tasks);
        clock.Stop();

        var counters = emulator.Counters;
        var injected = new[] { FaultKind.RateLimited, FaultKind.ServiceUnavailable, FaultKind.DroppedBeforeHandling, FaultKind.DroppedAfterHandling, FaultKind.Delayed }
            .ToDictionary(kind => kind, counters.FaultsInjected);
        Assert.Equal(runs, runIds.Count);
        Assert.Equal(runs, runIds.Distinct().Count());
        Assert.Equal(runs, counters.RunsCreatedFor(FaultScenario.Echo));
        Assert.All(injected.Where(pair => pair.Key != FaultKind.Delayed), pair => Assert.True(pair.Value > 0, $"no {pair.Key} fault was injected"));

        var figures = $"runs started {runs}, completed {runIds.Count}, created by the server {counters.RunsCreatedFor(FaultScenario.Echo)}, " +
            $"duplicates {counters.RunsCreatedFor(FaultScenario.Echo) - runs}, requests {counters.TotalRequests}, faults injected " +
            string.Join(", ", injected.Select(pair => $"{pair.Key} {pair.Value}")) + $", concurrency {Concurrency}, elapsed {clock.Elapsed.TotalSeconds:0.0} s";
        output.WriteLine(figures);
        ReliabilityReport.Add(nameof(A_thousand_runs_complete_with_the_right_outputs_and_no_duplicate), figures);
    }

    [Fact]
    public async Task Run_starts_dropped_after_the_server_created_them_are_recovered_without_duplicates()
    {
        const int runs = 50;
        var faults = new FaultSettings { Seed = ReliabilityScale.Seed, DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(faults));
        using var client = FaultScenario.Client(emulator);

        var results = await Task.WhenAll(Enumerable.Range(0, runs).Select(i =>
            new EchoInvoice { InvoiceNumber = $"D-{i}", Amount = i }.RunAsync(client)));

        Assert.All(results.Select((r, i) => (r, i)), pair => Assert.Equal($"D-{pair.i}", pair.r.Process.EchoedNumber));
        Assert.Equal(runs, results.Select(r => r.Run.Id).Distinct().Count());
        Assert.Equal(runs, emulator.Counters.RunsCreatedFor(FaultScenario.Echo));
        Assert.Equal(runs, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(runs, emulator.Counters.FaultsInjected(FaultKind.DroppedAfterHandling));
        ReliabilityReport.Add(nameof(Run_starts_dropped_after_the_server_created_them_are_recovered_without_duplicates),
            $"starts dropped after handling {runs}, recovered by lookup {runs}, re-sent 0, duplicates 0");
    }

    [Theory]
    [InlineData(FaultKind.RateLimited)]
    [InlineData(FaultKind.ServiceUnavailable)]
    [InlineData(FaultKind.DroppedBeforeHandling)]
    [InlineData(FaultKind.DroppedAfterHandling)]
    [InlineData(FaultKind.Delayed)]
    public async Task File_runs_whose_file_creations_meet_a_fault_half_the_time_all_succeed_once(FaultKind kind)
    {
        const int runs = 20;
        var faults = new FaultSettings { Seed = ReliabilityScale.Seed, Methods = ["POST"], Paths = ["/v2/files"] };
        switch (kind)
        {
            case FaultKind.RateLimited: faults.RateLimitRate = 0.5; faults.RetryAfterSeconds = 0; break;
            case FaultKind.ServiceUnavailable: faults.ServiceUnavailableRate = 0.5; break;
            case FaultKind.DroppedBeforeHandling: faults.DropBeforeHandlingRate = 0.5; break;
            case FaultKind.DroppedAfterHandling: faults.DropAfterHandlingRate = 0.5; break;
            default: faults.LatencyMs = 1; faults.LatencyMaxMs = 40; break;
        }

        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(faults));
        using var client = FaultScenario.Client(emulator);

        var results = await Task.WhenAll(Enumerable.Range(0, runs).Select(i =>
            new EchoScan { InvoiceNumber = $"F-{i}", Scan = KognitosFile.FromBytes($"f-{i}.pdf", [1, 2, 3]) }.RunAsync(client)));

        var counters = emulator.Counters;
        var named = emulator.Runs.SelectMany(r => r.FileIds).ToList();
        Assert.All(results.Select((r, i) => (r, i)), pair => Assert.Equal([$"f-{pair.i}.pdf"], pair.r.Process.FileNames));
        Assert.True(counters.FaultsInjected(kind) > 0, $"no {kind} fault was injected");
        Assert.Equal(runs, counters.RunsCreatedFor(FaultScenario.Scans));
        Assert.Equal(runs, named.Distinct().Count());
        // Only an answer lost after the slot was created leaves an unused slot behind.
        Assert.Equal(runs + counters.FaultsInjected(FaultKind.DroppedAfterHandling), counters.TotalFilesCreated);
        ReliabilityReport.Add($"file runs, file creation {kind} half the time",
            $"runs {runs}, succeeded {results.Length}, runs created {counters.RunsCreatedFor(FaultScenario.Scans)}, files created {counters.TotalFilesCreated}, " +
            $"POST /v2/files {counters.RequestsFor("POST", "/v2/files")}, faults {counters.FaultsInjected(kind)}");
    }

    [Fact]
    public async Task Without_recovery_a_dropped_start_is_reported_as_possibly_processed_and_still_not_sent_twice()
    {
        var faults = new FaultSettings { DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(faults));
        using var client = FaultScenario.Client(emulator, o => o.RunStartRecovery = false);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => new EchoInvoice { InvoiceNumber = "X", Amount = 1 }.RunAsync(client));

        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(FaultScenario.Echo));
    }

    [Fact]
    public async Task Cancelling_waits_leaves_nothing_polling()
    {
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build());
        using var client = FaultScenario.Client(emulator);
        var handles = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => new SlowProcess().StartAsync(client)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        var waits = handles.Select(h => Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.WaitAsync(cancellationToken: cancel.Token)));
        await Task.WhenAll(waits);
        await Task.Delay(100);
        var afterCancel = emulator.Counters.TotalRequests;
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(afterCancel, emulator.Counters.TotalRequests);
        // The twenty waits shared one polling loop over the process's run list, which stopped with the last of them.
        Assert.True(emulator.Counters.RequestsFor("GET", "/v2/runs") + emulator.Counters.RequestsFor("GET", "/v2/runs/{run_id}") > 0);
    }
}
