using System.Diagnostics;
using System.Globalization;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// Issue 31, goal 2 (deserialise + bind against the hand-tuned single pass) measured in fresh processes, each taking
/// the pair in turn; the goal reads the process with the median ratio. Within one process the pair's ratio repeats
/// to under 1%, but it moves by up to 5% from one process to the next with nothing changed (where the JIT places
/// and how it tiers each side's code): one process is one draw of that, so the goal takes several and reports each.
/// </summary>
public static class SameWorkProcesses
{
    /// <summary>The argument that makes this program measure the pair once and print it (a child of <see cref="Measure"/>).</summary>
    public const string ChildArgument = "--same-work-child";

    public sealed record Draw(double OursNanoseconds, double AnchorNanoseconds)
    {
        public double Ratio => OursNanoseconds / AnchorNanoseconds;
    }

    /// <summary>The pair measured in <paramref name="processes"/> fresh processes, one after another.</summary>
    public static IReadOnlyList<Draw> Measure(int processes, int rounds)
    {
        var draws = new List<Draw>();
        for (var i = 0; i < processes; i++)
            draws.Add(RunChild(rounds));
        return draws;
    }

    /// <summary>The draw with the median ratio (the upper middle one for an even count).</summary>
    public static Draw Median(IReadOnlyList<Draw> draws) => draws.OrderBy(d => d.Ratio).ElementAt(draws.Count / 2);

    /// <summary>In the child: the pair in turn, printed as two invariant numbers (nanoseconds per call).</summary>
    public static void PrintPair(int rounds)
    {
        var binding = new BindingBenchmarks();
        binding.Setup();
        var medians = InterleavedRatios.MeasureInTurn([() => binding.Generated_DeserializeRunAndBind(), () => binding.HandTuned_Utf8JsonReader()], rounds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{medians[0]:R} {medians[1]:R}"));
    }

    public static void Print(IReadOnlyList<Draw> draws)
    {
        Console.WriteLine();
        Console.WriteLine($"Issue 31, goal 2 in {draws.Count} fresh processes (deserialise + bind / hand-tuned, in turn in each):");
        Console.WriteLine(string.Join(", ", draws.Select(d => string.Create(CultureInfo.InvariantCulture,
            $"{d.Ratio:0.000} ({d.OursNanoseconds / 1000:0.00} / {d.AnchorNanoseconds / 1000:0.00} µs)"))));
    }

    private static Draw RunChild(int rounds)
    {
        // Run as `dotnet X.dll` the host is dotnet and the program its first argument; run as the app host, itself.
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own path is not known.");
        var start = new ProcessStartInfo(host) { RedirectStandardOutput = true, RedirectStandardError = true };
        if (string.Equals(Path.GetFileNameWithoutExtension(host), "dotnet", StringComparison.Ordinal))
            start.ArgumentList.Add(typeof(SameWorkProcesses).Assembly.Location);
        start.ArgumentList.Add(ChildArgument);
        start.ArgumentList.Add(rounds.ToString(CultureInfo.InvariantCulture));
        using var child = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {host}.");
        var error = child.StandardError.ReadToEndAsync();
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault() ?? "";
        var numbers = last.Split(' ');
        if (child.ExitCode != 0 || numbers.Length != 2
            || !double.TryParse(numbers[0], NumberStyles.Float, CultureInfo.InvariantCulture, out var ours)
            || !double.TryParse(numbers[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var anchor))
        {
            throw new InvalidOperationException($"The goal 2 child exited {child.ExitCode} with \"{last}\": {error.Result}");
        }

        return new Draw(ours, anchor);
    }
}
