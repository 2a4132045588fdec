using KognitosGen.Benchmarks.Build;
using KognitosGen.Benchmarks.Generator;

namespace KognitosGen.Benchmarks.Reporting;

/// <summary>The goals of issue 7, computed from one run's measurements.</summary>
public static class IssueGoals
{
    public static readonly int[] ProcessCounts = [100, 1000];

    public static List<Goal> Generator(Measurements m, IReadOnlyList<CachingCheck.Result> caching)
    {
        var goals = new List<Goal>();
        foreach (var n in ProcessCounts)
        {
            var cold = m.Find("Cold_Ours", n)?.MedianNanoseconds;
            goals.Add(Goal.AtMost($"N={n}: cold run / floor cold run", cold, m.Find("Cold_Floor", n)?.MedianNanoseconds, 2, Units.Time));
            goals.Add(Goal.AtMost($"N={n}: cold run / System.Text.Json cold run", cold, m.Find("Cold_SystemTextJson", n)?.MedianNanoseconds, 0.5, Units.Time));
            var check = caching.FirstOrDefault(c => c.Processes == n);
            goals.Add(Goal.Check(
                $"N={n}: unrelated keystroke re-emits nothing (emit outputs all Cached)",
                check is null ? "not checked" : $"{check.EmitOutputs - check.NotCachedAfterKeystroke} of {check.EmitOutputs} Cached",
                check?.KeystrokeReEmitsNothing == true));
            goals.Add(Goal.AtMost($"N={n}: unrelated keystroke / cold run", m.Find("UnrelatedKeystroke_Ours", n)?.MedianNanoseconds, cold, 0.1, Units.Time));
        }

        return goals;
    }

    public static List<Goal> Runtime(Measurements m)
    {
        var generated = m.Find("Generated_BindFromBody");
        var handTuned = m.Find("HandTuned_Utf8JsonReader");
        return
        [
            Goal.FasterBy("bind: generated vs (a) reflection", generated?.MedianNanoseconds, m.Find("Reflection_DeserializeAndConvert")?.MedianNanoseconds, 3, Units.Time),
            Goal.AtMost("bind: generated / (b) hand-tuned Utf8JsonReader", generated?.MedianNanoseconds, handTuned?.MedianNanoseconds, 1.2, Units.Time),
            Goal.AtMost("bind: allocated, generated / (b) hand-tuned", generated?.AllocatedBytes, handTuned?.AllocatedBytes, 1.1, Units.Bytes),
            Goal.FasterBy("write run start: generated vs reflection", m.Find("Generated_WriteRunStart")?.MedianNanoseconds, m.Find("Reflection_WriteRunStart")?.MedianNanoseconds, 2, Units.Time),
        ];
    }

    public static Goal Build(ConsumerBuildResult result) =>
        Goal.AtMost("build: KognitosGen generator + analyzers / compile (Csc)", result.KognitosSeconds * 1e9, result.CompileSecondsWith * 1e9, 0.05, s => Units.Time(s));
}
