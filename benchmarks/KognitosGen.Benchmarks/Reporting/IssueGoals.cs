using KognitosGen.Benchmarks.Build;
using KognitosGen.Benchmarks.Generator;
using KognitosGen.Benchmarks.Runtime;

namespace KognitosGen.Benchmarks.Reporting;

/// <summary>The goals of issues 7 and 11, computed from one run's measurements.</summary>
public static class IssueGoals
{
    public static readonly int[] ProcessCounts = [100, 1000];

    public const int MaxGeneratedLines = 120;

    /// <summary>
    /// The generator goals: ours against the floor from the runs made in turn (see <see cref="InterleavedDriverRatios"/>),
    /// System.Text.Json (issue 7) from BenchmarkDotNet's.
    /// </summary>
    public static List<Goal> Generator(
        Measurements m, IReadOnlyList<InterleavedDriverRatios.Pair> pairs, IReadOnlyList<CachingCheck.Result> caching,
        (string HintName, int Lines, int Characters)? generated)
    {
        var goals = new List<Goal>();
        foreach (var n in ProcessCounts)
        {
            var cold = InterleavedDriverRatios.Find(pairs, "Cold_Ours", n);
            goals.Add(Goal.AtMost($"N={n}: cold run / floor cold run", cold?.OursNanoseconds, cold?.AnchorNanoseconds, 2, Units.Time));
            goals.Add(Goal.AtMost($"N={n}: cold run / System.Text.Json cold run", m.Find("Cold_Ours", n)?.MedianNanoseconds,
                m.Find("Cold_SystemTextJson", n)?.MedianNanoseconds, 0.5, Units.Time));
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
        goals.Add(Goal.Check(
            $"generated lines for one 6-input, 6-output process <= {MaxGeneratedLines}",
            generated is { } g ? $"{g.Lines} lines in {g.HintName}" : "not measured",
            generated?.Lines <= MaxGeneratedLines));
        return goals;
    }

    /// <summary>
    /// The runtime goals: time ratios from the interleaved measurement (see <see cref="InterleavedRatios"/>),
    /// allocations from BenchmarkDotNet's.
    /// </summary>
    public static List<Goal> Runtime(Measurements m, IReadOnlyList<InterleavedRatios.Pair> interleaved)
    {
        InterleavedRatios.Pair? Pair(string ours, string anchor) => InterleavedRatios.Find(interleaved, ours, anchor);
        var versusReflection = Pair("Generated_BindFromBody", "Reflection_DeserializeAndConvert");
        var versusHandTuned = Pair("Generated_BindFromBody", "HandTuned_Utf8JsonReader");
        var wholeResult = Pair("Generated_DeserializeRunAndBind", "Reflection_DeserializeAndConvert");
        var writing = Pair("Generated_WriteRunStart", "Reflection_WriteRunStart");
        return
        [
            Goal.FasterBy("bind: generated vs (a) reflection", versusReflection?.OursNanoseconds, versusReflection?.AnchorNanoseconds, 3, Units.Time),
            Goal.AtMost("bind: generated / (b) hand-tuned Utf8JsonReader", versusHandTuned?.OursNanoseconds, versusHandTuned?.AnchorNanoseconds, 1.2, Units.Time),
            Goal.AtMost("bind: allocated, generated / (b) hand-tuned", m.Find("Generated_BindFromBody")?.AllocatedBytes, m.Find("HandTuned_Utf8JsonReader")?.AllocatedBytes, 1.1, Units.Bytes),
            Goal.FasterBy("deserialise + bind: generated vs (a) reflection", wholeResult?.OursNanoseconds, wholeResult?.AnchorNanoseconds, 2, Units.Time),
            Goal.FasterBy("write run start: generated vs reflection", writing?.OursNanoseconds, writing?.AnchorNanoseconds, 2, Units.Time),
            Goal.AtMost("write run start: allocated, generated / reflection", m.Find("Generated_WriteRunStart")?.AllocatedBytes, m.Find("Reflection_WriteRunStart")?.AllocatedBytes, 0.5, Units.Bytes),
        ];
    }

    public static List<Goal> Build(ConsumerBuildResult result) =>
    [
        Goal.AtMost("build: KognitosGen generator + analyzers / compile (Csc)", result.KognitosSeconds * 1e9, result.CompileSecondsWith * 1e9, 0.05, s => Units.Time(s)),
        Goal.AtMost("build: KognitosGen's extra compile time / System.Text.Json's", result.KognitosExtraSeconds * 1e9, result.SystemTextJsonExtraSeconds * 1e9, 0.5, s => Units.Time(s)),
    ];
}
