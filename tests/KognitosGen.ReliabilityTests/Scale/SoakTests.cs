using System.Diagnostics;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.ReliabilityTests.Load;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// A long run of typed runs, 200 in flight, under the fault mix of <see cref="RunsUnderFaultsTests"/>, on the virtual
/// clock, with the emulator forgetting ended runs: every run completes once with its outputs, and the managed heap
/// does not grow with the number of runs. CI runs 2,000; <c>KOGNITOSGEN_RELIABILITY_SCALE=5</c> runs the full 10,000.
/// </summary>
[Trait("Category", "Reliability")]
[Collection(nameof(SoakCollection))]
public sealed class SoakTests(ITestOutputHelper output)
{
    private const int InFlight = 200;

    [Fact]
    public async Task Typed_runs_under_faults_all_complete_once_and_the_heap_stays_flat()
    {
        var runs = ReliabilityScale.Scaled(2000);
        var checkpoint = runs / 5;
        await using var server = await ScaleWorld.StartAsync(TimeSpan.FromSeconds(30), listIncludesOutputs: false, forgetAfter: TimeSpan.FromMinutes(1));
        server.Emulator.Faults = FaultScenario.StandardMix();
        using var client = ScaleWorld.Client(server);
        using var gate = new SemaphoreSlim(InFlight);
        var virtualLatencies = new TimeSpan[runs];
        var runIds = new string[runs];
        long heapAtCheckpoint = 0, heapStillFull = 0, heapAtEnd = 0;
        var completed = 0;
        var wall = Stopwatch.StartNew();

        await Task.WhenAll(Enumerable.Range(0, runs).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var started = server.Clock.GetTimestamp();
                var invoice = ScaleWorld.Invoice(i);
                var result = await invoice.RunAsync(client);
                virtualLatencies[i] = server.Clock.GetElapsedTime(started);
                Assert.Equal(ScaleWorld.Invoice(i).InvoiceNumber, invoice.EchoedNumber);
                Assert.Equal(ScaleWorld.Invoice(i).Amount, invoice.Total);
                runIds[i] = result.Run.Id;
                var done = Interlocked.Increment(ref completed);
                if (done == checkpoint)
                    heapAtCheckpoint = HeapAfterFullCollection();
                else if (done == runs - InFlight)
                    heapStillFull = HeapAfterFullCollection(); // the last completion with every slot still taken
                else if (done == runs)
                    heapAtEnd = HeapAfterFullCollection();
            }
            finally
            {
                gate.Release();
            }
        }));
        wall.Stop();

        var counters = server.Emulator.Counters;
        var sorted = virtualLatencies.Order().ToList();
        var growth = (double)heapAtEnd / heapAtCheckpoint - 1;
        var figures = $"{runs} typed runs of 30 s, {InFlight} in flight, fault mix: completed {completed}, created by the server " +
            $"{counters.RunsCreatedFor(FaultScenario.Echo)}, duplicates {counters.RunsCreatedFor(FaultScenario.Echo) - runs}, " +
            $"{ScaleWorld.Counts(counters)}, runs/s {runs / wall.Elapsed.TotalSeconds:0} (wall), start-to-bound p50 " +
            $"{LatencyPercentiles.Of(sorted, 50).TotalSeconds:0.0} s p99 {LatencyPercentiles.Of(sorted, 99).TotalSeconds:0.0} s (virtual), " +
            $"heap after full GC at run {checkpoint} {heapAtCheckpoint / 1024} KiB, at run {runs - InFlight} (still {InFlight} in flight) " +
            $"{heapStillFull / 1024} KiB, at run {runs} {heapAtEnd / 1024} KiB ({growth:+0.0%;-0.0%})";
        output.WriteLine(figures);
        ReliabilityReport.Add("soak", figures);
        Assert.Equal(runs, completed);
        Assert.Equal(runs, runIds.Distinct().Count());
        Assert.Equal(runs, counters.RunsCreatedFor(FaultScenario.Echo));
        Assert.True(growth <= 0.10, figures);
    }

    private static long HeapAfterFullCollection()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: false);
    }
}
