using KognitosGen.Benchmarks.Build;
using KognitosGen.Benchmarks.Generator;
using KognitosGen.Benchmarks.Load;
using KognitosGen.Benchmarks.Memory;
using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Benchmarks.Startup;
using KognitosGen.Benchmarks.TestKit;

namespace KognitosGen.Benchmarks.Reporting;

/// <summary>The goals of issues 7, 11 and 31, computed from one run's measurements.</summary>
public static class IssueGoals
{
    public static readonly int[] ProcessCounts = [100, 1000];

    public const int MaxGeneratedLines = 120;

    /// <summary>
    /// The generator goals: ours against the floor and against System.Text.Json (issue 7) from the runs made in turn
    /// (see <see cref="InterleavedDriverRatios"/>); BenchmarkDotNet's tables stay the record of absolute times.
    /// </summary>
    public static List<Goal> Generator(
        IReadOnlyList<InterleavedDriverRatios.Pair> pairs, IReadOnlyList<CachingCheck.Result> caching,
        (string HintName, int Lines, int Characters)? generated)
    {
        var goals = new List<Goal>();
        foreach (var n in ProcessCounts)
        {
            var cold = InterleavedDriverRatios.Find(pairs, "Cold_Ours", n, anchor: "Cold_Floor");
            goals.Add(Goal.AtMost($"N={n}: cold run / floor cold run", cold?.OursNanoseconds, cold?.AnchorNanoseconds, 2, Units.Time));
            var json = InterleavedDriverRatios.Find(pairs, "Cold_Ours", n, anchor: "Cold_SystemTextJson");
            goals.Add(Goal.AtMost($"N={n}: cold run / System.Text.Json cold run", json?.OursNanoseconds, json?.AnchorNanoseconds, 0.5, Units.Time));
            var check = caching.FirstOrDefault(c => c.Processes == n);
            goals.Add(Goal.Check(
                $"N={n}: unrelated keystroke re-emits nothing (emit outputs all Cached)",
                check is null ? "not checked" : $"{check.EmitOutputs - check.NotCachedAfterKeystroke} of {check.EmitOutputs} Cached",
                check?.KeystrokeReEmitsNothing == true));
            var keystroke = InterleavedDriverRatios.Find(pairs, "UnrelatedKeystroke_Ours", n);
            goals.Add(Goal.AtMost($"N={n}: unrelated keystroke / floor's unrelated keystroke", keystroke?.OursNanoseconds, keystroke?.AnchorNanoseconds, 2, Units.Time));
        }

        var growth = InterleavedDriverRatios.Find(pairs, InterleavedDriverRatios.GrowthLarge, 1000);
        goals.Add(Goal.AtMost("cold run N=1000 / cold run N=100 (10x the processes)", growth?.OursNanoseconds, growth?.AnchorNanoseconds, 11, Units.Time));
        // Issue 31: the same growth against the floor's own growth in the same run.
        var floorGrowth = InterleavedDriverRatios.Find(pairs, "Cold_Floor (N=1000)", 1000);
        goals.Add(Goal.AtMost("issue 31, 1: cold-run growth N=100 to 1000, ours / the floor's", Growth(growth), Growth(floorGrowth), 1.1, Units.Factor));
        goals.Add(Goal.Check(
            $"generated lines for one 6-input, 6-output process <= {MaxGeneratedLines}",
            generated is { } g ? $"{g.Lines} lines in {g.HintName}" : "not measured",
            generated?.Lines <= MaxGeneratedLines));
        return goals;
    }

    private static double? Growth(InterleavedDriverRatios.Pair? pair) =>
        pair is { AnchorNanoseconds: > 0 } p ? p.OursNanoseconds / p.AnchorNanoseconds : null;

    /// <summary>
    /// The runtime goals: time ratios from the interleaved measurement (see <see cref="InterleavedRatios"/>),
    /// allocations from BenchmarkDotNet's.
    /// </summary>
    /// <param name="sameWork">Goal 2's pair measured in fresh processes (empty, like <paramref name="interleaved"/>, when the runtime half is not run).</param>
    public static List<Goal> Runtime(Measurements m, IReadOnlyList<InterleavedRatios.Pair> interleaved, IReadOnlyList<SameWorkProcesses.Draw> sameWork)
    {
        InterleavedRatios.Pair? Pair(string ours, string anchor) => InterleavedRatios.Find(interleaved, ours, anchor);
        var versusReflection = Pair("Generated_BindFromBody", "Reflection_DeserializeAndConvert");
        var versusHandTuned = Pair("Generated_BindFromBody", "HandTuned_Utf8JsonReader");
        var wholeResult = Pair("Generated_DeserializeRunAndBind", "Reflection_DeserializeAndConvert");
        var sameWorkPair = sameWork.Count > 0 ? SameWorkProcesses.Median(sameWork) : null;
        var writing = Pair("Generated_WriteRunStart", "Reflection_WriteRunStart");
        return
        [
            Goal.FasterBy("bind: generated vs (a) reflection", versusReflection?.OursNanoseconds, versusReflection?.AnchorNanoseconds, 3, Units.Time),
            Goal.AtMost("bind: generated / (b) hand-tuned Utf8JsonReader (context: the run already read, not the same work)", versusHandTuned?.OursNanoseconds, versusHandTuned?.AnchorNanoseconds, 1.2, Units.Time),
            Goal.AtMost("bind: allocated, generated / (b) hand-tuned", m.Find("Generated_BindFromBody")?.AllocatedBytes, m.Find("HandTuned_Utf8JsonReader")?.AllocatedBytes, 1.1, Units.Bytes),
            Goal.AtMost("issue 31, 2: deserialise + bind, generated / (b) hand-tuned single pass (same work; the median of fresh processes)", sameWorkPair?.OursNanoseconds, sameWorkPair?.AnchorNanoseconds, 1.2, Units.Time),
            Goal.FasterBy("deserialise + bind: generated vs (a) reflection", wholeResult?.OursNanoseconds, wholeResult?.AnchorNanoseconds, 2, Units.Time),
            Goal.FasterBy("write run start: generated vs reflection", writing?.OursNanoseconds, writing?.AnchorNanoseconds, 2, Units.Time),
            Goal.AtMost("write run start: allocated, generated / reflection", m.Find("Generated_WriteRunStart")?.AllocatedBytes, m.Find("Reflection_WriteRunStart")?.AllocatedBytes, 0.5, Units.Bytes),
        ];
    }

    /// <summary>Issue 31's goals 3 to 6: the test kit, the emulator under load, memory per waiting run, the tool's start-up.</summary>
    public static List<Goal> Issue31(
        KitVersusWireMock.Result? kit, EmulatorLoad.Result? load, WaitingRunsMemory.Result? memory, ToolStartup.Result? startup) =>
    [
        Goal.AtMost("issue 31, 3: server start, test kit / WireMock.Net", kit?.KitStartNanoseconds, kit?.WireMockStartNanoseconds, 0.5, Units.Time),
        Goal.AtMost("issue 31, 3: one typed run (start, wait, bind), test kit / WireMock.Net", kit?.KitRunNanoseconds, kit?.WireMockRunNanoseconds, 1.0, Units.Time),
        Goal.AtLeast("issue 31, 4: emulator throughput / bare Kestrel endpoint's (req/s)", load?.EmulatorRps, load?.BareRps, 0.8, RequestsPerSecond),
        Goal.AtMost("issue 31, 4: emulator p99 / bare Kestrel endpoint's", load?.EmulatorP99, load?.BareP99, 1.25, Units.Time),
        Goal.ValueAtMost("issue 31, 5: heap per waiting run (anchor: the run's JSON)", memory?.WaitingBytesPerRun, memory?.RunJsonBytes, 2048, Units.Bytes),
        Goal.ValueAtMost("issue 31, 5: heap left per run after every wait finished, beyond its bound outputs, second round (anchor: the run's JSON)", memory?.LeftAfterFinishingBytesPerRun, memory?.RunJsonBytes, 64, Units.Bytes),
        Goal.ValueAtMost("issue 31, 5: heap left per run after every wait was cancelled, second round (anchor: the run's JSON)", memory?.CancelledBytesPerRun, memory?.RunJsonBytes, 64, Units.Bytes),
        Goal.AtMost("issue 31, 6: kognitos --version / hello-world tool (from --startup)", startup?.VersionNanoseconds, startup?.HelloNanoseconds, 1.5, Units.Time),
        Goal.AtMost("issue 31, 6: kognitos processes / hello-world tool (from --startup)", startup?.ProcessesNanoseconds, startup?.HelloNanoseconds, 1.5, Units.Time),
    ];

    private static string RequestsPerSecond(double rps) => rps.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    public static List<Goal> Build(ConsumerBuildResult result) =>
    [
        Goal.AtMost("build: KognitosGen generator + analyzers / compile (Csc)", result.KognitosSeconds * 1e9, result.CompileSecondsWith * 1e9, 0.05, s => Units.Time(s)),
        Goal.AtMost("build: KognitosGen's extra compile time / System.Text.Json's", result.KognitosExtraSeconds * 1e9, result.SystemTextJsonExtraSeconds * 1e9, 0.5, s => Units.Time(s)),
    ];
}
