using System.Diagnostics;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// The runtime goals' time ratios, measured with both sides in turn: short slices of one, then of the other, many
/// rounds, and the median time per call of each side. BenchmarkDotNet measures one benchmark after another, so on this
/// shared machine a slow phase could fall on one side of a ratio only (the same code measured 1.7x apart between
/// runs); taken in turn, both sides meet the same phases. BenchmarkDotNet's tables stay the record of absolute times
/// and allocations.
/// </summary>
public static class InterleavedRatios
{
    public sealed record Pair(string Ours, string Anchor, double OursNanoseconds, double AnchorNanoseconds);

    public static IReadOnlyList<Pair> Measure(bool quick)
    {
        var binding = new BindingBenchmarks();
        binding.Setup();
        var writing = new WritingBenchmarks();
        writing.Setup();
        var rounds = quick ? 40 : 120;
        return
        [
            Measure("Generated_BindFromBody", binding.Generated_BindFromBody, "Reflection_DeserializeAndConvert", binding.Reflection_DeserializeAndConvert, rounds),
            Measure("Generated_BindFromBody", binding.Generated_BindFromBody, "HandTuned_Utf8JsonReader", binding.HandTuned_Utf8JsonReader, rounds),
            Measure("Generated_DeserializeRunAndBind", binding.Generated_DeserializeRunAndBind, "Reflection_DeserializeAndConvert", binding.Reflection_DeserializeAndConvert, rounds),
            // Issue 31: the same work on both sides, the client's read of the whole body and the bind against one pass over it.
            Measure("Generated_DeserializeRunAndBind", binding.Generated_DeserializeRunAndBind, "HandTuned_Utf8JsonReader", binding.HandTuned_Utf8JsonReader, rounds),
            Measure("Generated_WriteRunStart", () => writing.Generated_WriteRunStart(), "Reflection_WriteRunStart", writing.Reflection_WriteRunStart, rounds),
        ];
    }

    public static Pair? Find(IReadOnlyList<Pair> pairs, string ours, string anchor) =>
        pairs.FirstOrDefault(p => p.Ours == ours && p.Anchor == anchor);

    /// <summary>Several sides measured in turn (round-robin slices of about 10 ms), medians in nanoseconds per call.</summary>
    public static double[] MeasureInTurn(IReadOnlyList<Func<object>> sides, int rounds)
    {
        var calls = sides.Select(CallsPerSlice).ToArray();
        var times = sides.Select(_ => new double[rounds]).ToArray();
        for (var round = 0; round < rounds; round++)
        {
            for (var k = 0; k < sides.Count; k++)
            {
                var side = (k + round) % sides.Count;
                times[side][round] = Time(sides[side], calls[side]);
            }
        }

        return times.Select(Median).ToArray();
    }

    private static Pair Measure(string oursName, Func<object> ours, string anchorName, Func<object> anchor, int rounds)
    {
        // Calls per slice, so that a slice lasts about 10 ms whatever the side's speed.
        var oursCalls = CallsPerSlice(ours);
        var anchorCalls = CallsPerSlice(anchor);
        var oursTimes = new double[rounds];
        var anchorTimes = new double[rounds];
        for (var round = 0; round < rounds; round++)
        {
            // Alternate which side goes first, so neither always follows the other.
            if (round % 2 == 0)
            {
                oursTimes[round] = Time(ours, oursCalls);
                anchorTimes[round] = Time(anchor, anchorCalls);
            }
            else
            {
                anchorTimes[round] = Time(anchor, anchorCalls);
                oursTimes[round] = Time(ours, oursCalls);
            }
        }

        return new Pair(oursName, anchorName, Median(oursTimes), Median(anchorTimes));
    }

    private static int CallsPerSlice(Func<object> body)
    {
        var perCall = Time(body, 2_000);
        return (int)Math.Clamp(10_000_000 / perCall, 100, 1_000_000);
    }

    private static double Time(Func<object> body, int calls)
    {
        var start = Stopwatch.GetTimestamp();
        for (var i = 0; i < calls; i++)
            GC.KeepAlive(body());
        return Stopwatch.GetElapsedTime(start).TotalNanoseconds / calls;
    }

    internal static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
