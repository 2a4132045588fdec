using System.Diagnostics;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.ReliabilityTests.Load;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>
/// Exactly one run per business key through a run ledger, for each store: starts from four OS processes at once,
/// workers killed with SIGKILL between claim and start, other inputs refused, failed runs restarted only when the
/// reuse policy says so. The emulator runs in this process, over HTTP on loopback; the workers are
/// tests/KognitosGen.Ledger.Worker.
/// </summary>
[Trait("Category", "Reliability")]
[Collection(nameof(RunLedgerCollection))]
public abstract class RunLedgerTests(string store, ITestOutputHelper output)
{
    private const int Keys = 100;
    private const int Starts = 500;
    private const int Processes = 4;
    private const int Killed = 50;
    private static readonly TimeSpan ShortLease = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task Five_hundred_starts_of_a_hundred_keys_from_four_processes_at_once_leave_exactly_a_hundred_runs()
    {
        await using var emulator = await KognitosEmulator.StartAsync(LedgerScenario.Build());
        await using var ledger = await LedgerStore.OpenAsync(store);
        var starts = Enumerable.Range(0, Starts).Select(i => (Key: $"INV-{i % Keys:000}", Amount: i % Keys)).ToArray();

        var results = await Task.WhenAll(Enumerable.Range(0, Processes).Select(p =>
            LedgerWorker.RunAsync(emulator, ledger, starts.Where((_, i) => i % Processes == p), TimeSpan.FromSeconds(30), concurrency: 16)));

        foreach (var result in results)
        {
            Assert.True(result.ExitCode == 0, result.Output);
            Assert.Empty(result.Errors);
        }

        var returned = results.SelectMany(r => r.Started).ToList();
        var runsByKey = LedgerScenario.RunsByKey(emulator);
        var duplicates = runsByKey.Values.Sum(runs => runs.Count - 1);
        var overheads = results.SelectMany(r => r.OverheadMicroseconds).Select(us => TimeSpan.FromTicks(us * 10)).Order().ToList();
        var figures = $"{Starts} starts of {Keys} keys from {Processes} OS processes at once: runs on the server {runsByKey.Values.Sum(r => r.Count)}, " +
            $"duplicates {duplicates}, starts answered {returned.Count}, ledger overhead per claiming start under this contention " +
            $"p50 {Milliseconds(LatencyPercentiles.Of(overheads, 50))} ms, p99 {Milliseconds(LatencyPercentiles.Of(overheads, 99))} ms";
        output.WriteLine(figures);
        ReliabilityReport.Add($"run ledger ({ledger.Name}), four processes", figures);
        Assert.Equal(Keys, runsByKey.Count);
        Assert.All(runsByKey.Values, runs => Assert.Single(runs));
        Assert.Equal(Starts, returned.Count);
        Assert.All(returned, started => Assert.Equal(runsByKey[started.Key][0], started.RunId));
        Assert.Equal(Keys, overheads.Count);
    }

    [Fact]
    public async Task Workers_killed_between_claim_and_start_leave_every_key_started_exactly_once()
    {
        await using var emulator = await KognitosEmulator.StartAsync(LedgerScenario.Build());
        await using var ledger = await LedgerStore.OpenAsync(store);
        var random = new Random(ReliabilityScale.Seed);
        var victims = Enumerable.Range(0, Killed)
            .Select(i => (Key: $"KILL-{i:000}", Amount: i, DieAt: random.Next(2) == 0 ? "after-claim" : "after-start"))
            .ToArray();

        foreach (var batch in victims.Chunk(10))
        {
            var killed = await Task.WhenAll(batch.Select(v => LedgerWorker.RunAsync(emulator, ledger, [(v.Key, v.Amount)], ShortLease, 1, v.DieAt)));
            Assert.All(killed, result => Assert.True(result.ExitCode != 0 && result.Started.Count == 0, "a worker was not killed: " + result.Output));
        }

        var beforeRecovery = LedgerScenario.RunsByKey(emulator);
        var startedThenKilled = victims.Where(v => v.DieAt == "after-start").Select(v => v.Key).ToList();
        Assert.All(startedThenKilled, key => Assert.Single(beforeRecovery[key]));
        Assert.All(victims.Where(v => v.DieAt == "after-claim"), v => Assert.False(beforeRecovery.ContainsKey(v.Key)));

        var recovery = await LedgerWorker.RunAsync(emulator, ledger, victims.Select(v => (v.Key, v.Amount)), ShortLease, concurrency: 16);

        Assert.True(recovery.ExitCode == 0, recovery.Output);
        Assert.Empty(recovery.Errors);
        var runsByKey = LedgerScenario.RunsByKey(emulator);
        var found = startedThenKilled.Count(key => recovery.Started.Single(s => s.Key == key).RunId == beforeRecovery[key][0]);
        var figures = $"{Killed} workers killed with SIGKILL ({startedThenKilled.Count} after their run started, {Killed - startedThenKilled.Count} right after the claim), " +
            $"then every key started again by one process: keys started {runsByKey.Count}, duplicates {runsByKey.Values.Sum(r => r.Count - 1)}, " +
            $"runs of killed workers found by the takeover {found} of {startedThenKilled.Count}";
        output.WriteLine(figures);
        ReliabilityReport.Add($"run ledger ({ledger.Name}), killed workers", figures);
        Assert.Equal(Killed, runsByKey.Count);
        Assert.All(runsByKey.Values, runs => Assert.Single(runs));
        Assert.Equal(startedThenKilled.Count, found);
        Assert.All(recovery.Started, started => Assert.Equal(runsByKey[started.Key][0], started.RunId));
    }

    [Fact]
    public async Task The_same_key_with_other_inputs_is_refused_every_time_naming_both_hashes()
    {
        await using var emulator = await KognitosEmulator.StartAsync(LedgerScenario.Build());
        await using var ledger = await LedgerStore.OpenAsync(store);
        using var first = FaultScenario.Client(emulator, options => options.RunLedger = ledger.Create());
        using var second = FaultScenario.Client(emulator, options => options.RunLedger = ledger.Create());
        var runOfKey = new Dictionary<string, string>();
        for (var i = 0; i < 20; i++)
        {
            var key = $"CONFLICT-{i:00}";
            runOfKey[key] = (await new EchoInvoice { InvoiceNumber = key, Amount = 1 }.StartAsync(first, new KognitosStartOptions { BusinessKey = key })).RunId;
        }

        var conflicts = 0;
        foreach (var (key, runId) in runOfKey)
        {
            var recorded = await ledger.Create().ReadAsync(key);
            for (var amount = 2; amount < 7; amount++)
            {
                var conflict = await Assert.ThrowsAsync<KognitosBusinessKeyConflictException>(() =>
                    new EchoInvoice { InvoiceNumber = key, Amount = amount }.StartAsync(second, new KognitosStartOptions { BusinessKey = key }));
                Assert.Equal(key, conflict.BusinessKey);
                Assert.Equal(recorded!.InputsHash, conflict.ExistingInputsHash);
                Assert.NotEqual(conflict.ExistingInputsHash, conflict.InputsHash);
                Assert.Equal(runId, conflict.ExistingRunId);
                Assert.Contains(key, conflict.Message, StringComparison.Ordinal);
                Assert.Contains(conflict.ExistingInputsHash, conflict.Message, StringComparison.Ordinal);
                Assert.Contains(conflict.InputsHash, conflict.Message, StringComparison.Ordinal);
                conflicts++;
            }

            // The same inputs from the other client: the key's run.
            var again = await new EchoInvoice { InvoiceNumber = key, Amount = 1 }.StartAsync(second, new KognitosStartOptions { BusinessKey = key });
            Assert.Equal(runId, again.RunId);
        }

        var figures = $"{conflicts} starts of 20 keys with other inputs: typed conflicts {conflicts}, runs on the server {emulator.Runs.Count}";
        output.WriteLine(figures);
        ReliabilityReport.Add($"run ledger ({ledger.Name}), other inputs", figures);
        Assert.Equal(100, conflicts);
        Assert.Equal(20, emulator.Runs.Count);
    }

    [Fact]
    public async Task A_key_whose_run_failed_starts_again_only_under_AllowDuplicateFailedOnly()
    {
        await using var emulator = await KognitosEmulator.StartAsync(LedgerScenario.Build());
        await using var ledger = await LedgerStore.OpenAsync(store);
        using var client = FaultScenario.Client(emulator, options => options.RunLedger = ledger.Create());
        var process = new FailingInvoice { InvoiceNumber = "FAIL-1" };
        var keyed = new KognitosStartOptions { BusinessKey = "FAIL-1" };
        var failed = await client.RunAsync(process, keyed).ContinueWith(t => Assert.IsType<KognitosRunFailedException>(t.Exception!.InnerException));

        var rejected = await client.StartAsync(process, keyed);
        var retried = await client.StartAsync(process, new KognitosStartOptions { BusinessKey = "FAIL-1", ReusePolicy = KognitosRunReusePolicy.AllowDuplicateFailedOnly });
        var entry = await ledger.Create().ReadAsync("FAIL-1");

        Assert.Equal(failed.Run.Id, rejected.RunId);
        Assert.NotEqual(failed.Run.Id, retried.RunId);
        Assert.Equal(retried.RunId, entry!.RunId);
        Assert.Equal(1, entry.Generation);
        Assert.Equal(2, emulator.Runs.Count);
    }

    [Fact]
    public async Task A_claim_taken_over_cannot_be_recorded_or_released_by_its_first_owner()
    {
        await using var ledger = await LedgerStore.OpenAsync(store);
        var store1 = ledger.Create();
        var lease = TimeSpan.FromMilliseconds(200);

        var claimed = await store1.ClaimAsync("TAKEN", "sha256:a", "owner-1", lease, null);
        var held = await store1.ClaimAsync("TAKEN", "sha256:a", "owner-2", lease, null);
        await Task.Delay(lease + TimeSpan.FromMilliseconds(100));
        var takenOver = await store1.ClaimAsync("TAKEN", "sha256:a", "owner-2", lease, null);

        Assert.Equal(KognitosLedgerClaimKind.Claimed, claimed.Kind);
        Assert.False(claimed.TakenOver);
        Assert.Equal(KognitosLedgerClaimKind.HeldByOther, held.Kind);
        Assert.Equal("owner-1", held.Entry.Owner);
        Assert.Equal(KognitosLedgerClaimKind.Claimed, takenOver.Kind);
        Assert.True(takenOver.TakenOver);
        Assert.False(await store1.RecordAsync("TAKEN", "owner-1", "run-1"));
        Assert.False(await store1.ReleaseAsync("TAKEN", "owner-1"));
        Assert.True(await store1.RecordAsync("TAKEN", "owner-2", "run-2"));
        Assert.Equal("run-2", (await store1.ReadAsync("TAKEN"))!.RunId);
        Assert.False(await store1.ReleaseAsync("TAKEN", "owner-2"));
        Assert.Equal(KognitosLedgerClaimKind.Conflict, (await store1.ClaimAsync("TAKEN", "sha256:b", "owner-3", lease, null)).Kind);
        Assert.Equal(0, await store1.ExpireAsync());
    }

    [Fact]
    public async Task The_ledger_overhead_per_start_is_measured_claim_plus_record()
    {
        await using var ledger = await LedgerStore.OpenAsync(store);
        var store1 = ledger.Create();
        await store1.ReadAsync("warm-up");
        var overheads = new List<TimeSpan>();
        for (var i = 0; i < 300; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var claim = await store1.ClaimAsync($"OVERHEAD-{i:000}", "sha256:a", "owner", TimeSpan.FromMinutes(1), null);
            var recorded = await store1.RecordAsync($"OVERHEAD-{i:000}", "owner", $"run-{i}");
            overheads.Add(Stopwatch.GetElapsedTime(started));
            Assert.Equal(KognitosLedgerClaimKind.Claimed, claim.Kind);
            Assert.True(recorded);
        }

        overheads.Sort();
        var figures = $"ledger overhead per start (claim + record, one process, one after another, 300 keys): " +
            $"p50 {Milliseconds(LatencyPercentiles.Of(overheads, 50))} ms, p99 {Milliseconds(LatencyPercentiles.Of(overheads, 99))} ms";
        output.WriteLine(figures);
        ReliabilityReport.Add($"run ledger ({ledger.Name}), overhead", figures);
    }

    private static string Milliseconds(TimeSpan value) => value.TotalMilliseconds.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
