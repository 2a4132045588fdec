using System.Diagnostics;
using KognitosGen.Benchmarks.Reporting;
using KognitosGen.Benchmarks.Runtime;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// The generator goals' time ratios, with our run and the floor's made in turn: a run of one, then of the other (which
/// goes first alternates), each on a compilation made just before it and after a forced collection, as
/// BenchmarkDotNet makes an iteration; medians per side. BenchmarkDotNet measures one case after the other, and on
/// this shared machine a slow phase then fell on one side of a ratio only: the floor's own cold run at N=100 measured
/// 10–29 ms within one case. Its tables stay the record of absolute times and allocations.
/// </summary>
public static class InterleavedDriverRatios
{
    public sealed record Pair(string Ours, string Anchor, int Processes, double OursNanoseconds, double AnchorNanoseconds);

    public static IReadOnlyList<Pair> Measure(bool quick) => Measure(quick ? 15 : 45);

    public static IReadOnlyList<Pair> Measure(int rounds)
    {
        var pairs = new List<Pair>();
        var byCount = new Dictionary<int, GeneratorBenchmarks>();
        foreach (var processes in IssueGoals.ProcessCounts)
        {
            var cases = byCount[processes] = new GeneratorBenchmarks { Processes = processes };
            cases.Setup();
            pairs.Add(Measure(processes, rounds,
                ("Cold_Ours", cases.FreshProcessCompilation, cases.Cold_Ours),
                ("Cold_Floor", cases.FreshProcessCompilation, cases.Cold_Floor)));
            // Issue 7's anchor in turn too: System.Text.Json's generator over the same number of types.
            pairs.Add(Measure(processes, rounds,
                ("Cold_Ours", cases.FreshProcessCompilation, cases.Cold_Ours),
                ("Cold_SystemTextJson", cases.FreshJsonCompilation, cases.Cold_SystemTextJson)));
            pairs.Add(Measure(processes, rounds,
                ("UnrelatedKeystroke_Ours", cases.KeystrokeCompilation, cases.UnrelatedKeystroke_Ours),
                ("UnrelatedKeystroke_Floor", cases.KeystrokeCompilation, cases.UnrelatedKeystroke_Floor)));
        }

        // The growth goal's two sides in turn as well: our cold run at 10x the processes against ours at N. Not goals:
        // the same growth for the floor and for a floor that adds one file per class, the part of ours that is the
        // driver's own.
        var (small, large) = (byCount[IssueGoals.ProcessCounts[0]], byCount[IssueGoals.ProcessCounts[1]]);
        pairs.Add(Growth(rounds, "Cold_Ours", small, large, static cases => cases.Cold_Ours));
        pairs.Add(Growth(rounds, "Cold_Floor", small, large, static cases => cases.Cold_Floor));
        pairs.Add(Growth(rounds, "Cold_EmittingFloor", small, large, static cases => cases.Cold_EmittingFloor));
        return pairs;
    }

    // One cold case at the larger number of processes against the same case at the smaller, in turn.
    private static Pair Growth(int rounds, string name, GeneratorBenchmarks small, GeneratorBenchmarks large, Func<GeneratorBenchmarks, Func<object>> run) =>
        Measure(large.Processes, rounds,
            ($"{name} (N={large.Processes})", large.FreshProcessCompilation, run(large)),
            ($"{name} (N={small.Processes})", small.FreshProcessCompilation, run(small)));

    /// <summary>The name of the growth goal's pair: our cold run at the larger number of processes (as <see cref="Growth"/> names it).</summary>
    public const string GrowthLarge = "Cold_Ours (N=1000)";

    public static Pair? Find(IReadOnlyList<Pair> pairs, string ours, int processes, string? anchor = null) =>
        pairs.FirstOrDefault(p => p.Ours == ours && p.Processes == processes && (anchor is null || p.Anchor == anchor));

    /// <summary>What one run took, what it allocated on this thread, and whether a collection fell inside it.</summary>
    public readonly record struct OneRun(double Nanoseconds, long AllocatedBytes, bool Collected);

    /// <summary>One run as an iteration makes it: the compilation made, the heap collected, then the run alone timed.</summary>
    public static OneRun TimeOneRun(Action prepare, Func<object> run)
    {
        prepare();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var (collections, allocated) = (GC.CollectionCount(0), GC.GetAllocatedBytesForCurrentThread());
        var start = Stopwatch.GetTimestamp();
        GC.KeepAlive(run());
        var elapsed = Stopwatch.GetElapsedTime(start).TotalNanoseconds;
        return new OneRun(elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated, GC.CollectionCount(0) != collections);
    }

    private static Pair Measure(int processes, int rounds, (string Name, Action Prepare, Func<object> Run) ours, (string Name, Action Prepare, Func<object> Run) anchor)
    {
        var oursTimes = new double[rounds];
        var anchorTimes = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            if (round % 2 == 0)
            {
                oursTimes[round] = TimeOneRun(ours.Prepare, ours.Run).Nanoseconds;
                anchorTimes[round] = TimeOneRun(anchor.Prepare, anchor.Run).Nanoseconds;
            }
            else
            {
                anchorTimes[round] = TimeOneRun(anchor.Prepare, anchor.Run).Nanoseconds;
                oursTimes[round] = TimeOneRun(ours.Prepare, ours.Run).Nanoseconds;
            }
        }

        return new Pair(ours.Name, anchor.Name, processes, InterleavedRatios.Median(oursTimes), InterleavedRatios.Median(anchorTimes));
    }
}
