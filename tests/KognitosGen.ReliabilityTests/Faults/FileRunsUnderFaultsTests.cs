using System.Collections.Concurrent;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Faults;

/// <summary>
/// Typed runs with a file under heavy rate limiting and every other fault kind: each step of the run (the file's slot,
/// its upload, the start, the polls, the final read) rides them out, so every run succeeds, once, with its one file.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class FileRunsUnderFaultsTests(ITestOutputHelper output)
{
    private const int Runs = 50;
    private const int Concurrency = 16;

    [Fact]
    public async Task Fifty_file_runs_under_30_percent_429_and_5_percent_503_with_the_standard_mix_all_succeed_once()
    {
        var faults = FaultScenario.StandardMix();
        faults.RateLimitRate = 0.30;
        faults.ServiceUnavailableRate = 0.05;
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(faults));
        using var client = FaultScenario.Client(emulator);
        using var gate = new SemaphoreSlim(Concurrency);
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var failures = new ConcurrentBag<Exception>();
        var runIds = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, Runs).Select(async i =>
        {
            await gate.WaitAsync(deadline.Token);
            try
            {
                var scan = new EchoScan { InvoiceNumber = $"S-{i:000}", Scan = KognitosFile.FromBytes($"scan-{i:000}.pdf", [(byte)i, 1, 2, 3]) };
                var result = await scan.RunAsync(client, cancellationToken: deadline.Token);
                Assert.Equal($"S-{i:000}", scan.EchoedNumber);
                Assert.Equal([$"scan-{i:000}.pdf"], scan.FileNames);
                runIds.Add(result.Run.Id);
            }
            catch (Exception exception) when (exception is KognitosApiException or KognitosRunFailedException or KognitosWaitTimeoutException)
            {
                failures.Add(exception);
            }
            finally
            {
                gate.Release();
            }
        }));

        var counters = emulator.Counters;
        var named = emulator.Runs.Where(r => r.ProcessId == FaultScenario.Scans).SelectMany(r => r.FileIds).ToList();
        var orphans = counters.TotalFilesCreated - named.Distinct().Count();
        var injected = Enum.GetValues<FaultKind>().ToDictionary(kind => kind, counters.FaultsInjected);
        var figures = $"{Runs} file runs under 30% 429 + 5% 503 + the standard mix: succeeded {runIds.Count}, failed {failures.Count} " +
            $"(reported as possibly processed {failures.OfType<KognitosApiException>().Count(f => f.RequestMayHaveBeenProcessed)}), " +
            $"runs created {counters.RunsCreatedFor(FaultScenario.Scans)}, files named by runs {named.Count}, files created {counters.TotalFilesCreated} " +
            $"(unused slots whose answer was lost {orphans}), POST /v2/files {counters.RequestsFor("POST", "/v2/files")}, requests {counters.TotalRequests}, " +
            "faults " + string.Join(", ", injected.Select(pair => $"{pair.Key} {pair.Value}"));
        output.WriteLine(figures);
        ReliabilityReport.Add(nameof(Fifty_file_runs_under_30_percent_429_and_5_percent_503_with_the_standard_mix_all_succeed_once), figures);

        Assert.Empty(failures);
        Assert.Equal(Runs, runIds.Distinct().Count());
        Assert.Equal(Runs, counters.RunsCreatedFor(FaultScenario.Scans));
        // Every run names exactly one file, its own; the only other slots are those whose creation answer was lost.
        Assert.Equal(Runs, named.Count);
        Assert.Equal(Runs, named.Distinct().Count());
        Assert.InRange(orphans, 0, counters.FaultsInjected(FaultKind.DroppedAfterHandling));
        Assert.All(injected.Where(pair => pair.Key != FaultKind.Delayed), pair => Assert.True(pair.Value > 0, $"no {pair.Key} fault was injected"));
    }
}
