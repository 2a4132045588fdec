using System.Diagnostics;
using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.TestKit;

/// <summary>
/// Issue 31, goal 3: the same typed test written with KognitosGen.Testing and with WireMock.Net, measured in turn
/// (which side goes first alternates): starting the server, one typed run (start, wait, bind), and a suite of 1,000
/// typed runs on one server, start and stop included.
/// </summary>
public static class KitVersusWireMock
{
    public sealed record Result(
        double KitStartNanoseconds, double WireMockStartNanoseconds,
        double KitRunNanoseconds, double WireMockRunNanoseconds,
        double KitSuiteNanoseconds, double WireMockSuiteNanoseconds,
        double BareKestrelStartNanoseconds);

    public const int SuiteRuns = 1000;

    public static async Task<Result> MeasureAsync(bool quick)
    {
        var (startRounds, runRounds, runsPerSlice) = quick ? (10, 15, 20) : (30, 45, 20);

        // Warm both sides (JIT, the thread pool, the first sockets) before anything is timed.
        for (var i = 0; i < 3; i++)
        {
            await StartKitAsync().ConfigureAwait(false);
            await StartWireMockAsync().ConfigureAwait(false);
        }

        var kitStarts = new double[startRounds];
        var wireMockStarts = new double[startRounds];
        for (var round = 0; round < startRounds; round++)
        {
            if (round % 2 == 0)
            {
                kitStarts[round] = await StartKitAsync().ConfigureAwait(false);
                wireMockStarts[round] = await StartWireMockAsync().ConfigureAwait(false);
            }
            else
            {
                wireMockStarts[round] = await StartWireMockAsync().ConfigureAwait(false);
                kitStarts[round] = await StartKitAsync().ConfigureAwait(false);
            }
        }

        // Context, not a goal: what starting Kestrel with one route costs (WebApplication's slim builder).
        var bareStarts = new double[startRounds];
        for (var round = 0; round < startRounds; round++)
            bareStarts[round] = await StartBareAsync().ConfigureAwait(false);

        var kitRuns = new double[runRounds];
        var wireMockRuns = new double[runRounds];
        await using (var kit = await KitServer.StartAsync().ConfigureAwait(false))
        using (var wireMock = WireMockKognitos.Start())
        {
            await TimeRunsAsync(kit.Client, 200).ConfigureAwait(false);
            await TimeRunsAsync(wireMock.Client, 200).ConfigureAwait(false);
            for (var round = 0; round < runRounds; round++)
            {
                if (round % 2 == 0)
                {
                    kitRuns[round] = await TimeRunsAsync(kit.Client, runsPerSlice).ConfigureAwait(false);
                    wireMockRuns[round] = await TimeRunsAsync(wireMock.Client, runsPerSlice).ConfigureAwait(false);
                }
                else
                {
                    wireMockRuns[round] = await TimeRunsAsync(wireMock.Client, runsPerSlice).ConfigureAwait(false);
                    kitRuns[round] = await TimeRunsAsync(kit.Client, runsPerSlice).ConfigureAwait(false);
                }
            }
        }

        var kitSuite = await KitSuiteAsync().ConfigureAwait(false);
        var wireMockSuite = await WireMockSuiteAsync().ConfigureAwait(false);
        return new Result(
            InterleavedRatios.Median(kitStarts), InterleavedRatios.Median(wireMockStarts),
            InterleavedRatios.Median(kitRuns), InterleavedRatios.Median(wireMockRuns),
            kitSuite, wireMockSuite, InterleavedRatios.Median(bareStarts));
    }

    public static void Print(Result r)
    {
        Console.WriteLine();
        Console.WriteLine("The test kit against WireMock.Net 1.25.0, in turn (medians):");
        Console.WriteLine("| | KognitosGen.Testing | WireMock.Net |");
        Console.WriteLine("| --- | ---: | ---: |");
        Console.WriteLine($"| server start | {Reporting.Units.Time(r.KitStartNanoseconds)} | {Reporting.Units.Time(r.WireMockStartNanoseconds)} |");
        Console.WriteLine($"| (context) a bare Kestrel endpoint's start | {Reporting.Units.Time(r.BareKestrelStartNanoseconds)} | |");
        Console.WriteLine($"| one typed run (start, wait, bind) | {Reporting.Units.Time(r.KitRunNanoseconds)} | {Reporting.Units.Time(r.WireMockRunNanoseconds)} |");
        Console.WriteLine($"| a suite of {SuiteRuns:N0} typed runs on one server, start and stop included | {Reporting.Units.Time(r.KitSuiteNanoseconds)} | {Reporting.Units.Time(r.WireMockSuiteNanoseconds)} |");
    }

    private static async Task<double> StartKitAsync()
    {
        var start = Stopwatch.GetTimestamp();
        var kit = await KitServer.StartAsync().ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        await kit.DisposeAsync().ConfigureAwait(false);
        return elapsed;
    }

    private static async Task<double> StartBareAsync()
    {
        var start = Stopwatch.GetTimestamp();
        var bare = await Load.BareEndpoint.StartAsync(RunBody.Utf8).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        await bare.DisposeAsync().ConfigureAwait(false);
        return elapsed;
    }

    private static Task<double> StartWireMockAsync()
    {
        var start = Stopwatch.GetTimestamp();
        var wireMock = WireMockKognitos.Start();
        var elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        wireMock.Dispose();
        return Task.FromResult(elapsed);
    }

    // Mean time per run of a slice of runs one after another, as the tests of one class run.
    private static async Task<double> TimeRunsAsync(KognitosClient client, int runs)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < runs; i++)
            await InvoiceReviewRun.RunAsync(client).ConfigureAwait(false);
        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / runs;
    }

    private static async Task<double> KitSuiteAsync()
    {
        var start = Stopwatch.GetTimestamp();
        await using (var kit = await KitServer.StartAsync().ConfigureAwait(false))
        {
            for (var i = 0; i < SuiteRuns; i++)
                await InvoiceReviewRun.RunAsync(kit.Client).ConfigureAwait(false);
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds;
    }

    private static async Task<double> WireMockSuiteAsync()
    {
        var start = Stopwatch.GetTimestamp();
        using (var wireMock = WireMockKognitos.Start())
        {
            for (var i = 0; i < SuiteRuns; i++)
                await InvoiceReviewRun.RunAsync(wireMock.Client).ConfigureAwait(false);
        }

        return Stopwatch.GetElapsedTime(start).TotalNanoseconds;
    }
}
