using System.Globalization;

namespace KognitosGen.Benchmarks.Reporting;

/// <summary>Prints the measurements and goals as Markdown tables, ending with the <c>goals met: N of M</c> line.</summary>
public static class ReportPrinter
{
    public static void PrintMeasurements(Measurements measurements)
    {
        Console.WriteLine();
        Console.WriteLine("| Benchmark | N | Median | Allocated |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        foreach (var m in measurements.All)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {m.Method} | {(m.Processes is { } n ? n.ToString(CultureInfo.InvariantCulture) : "")} | {Units.Time(m.MedianNanoseconds)} | {(m.AllocatedBytes is { } b ? Units.Bytes(b) : "-")} |"));
        }
    }

    /// <summary>
    /// Both sides of ratios measured in turn, as a table of medians; <paramref name="withProcesses"/> adds the number
    /// of processes each pair was measured at.
    /// </summary>
    public static void PrintInTurn(string title, bool withProcesses, IEnumerable<(string Ours, string Anchor, int Processes, double OursNanoseconds, double AnchorNanoseconds)> pairs)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine(withProcesses ? "| Ours | Anchor | N | Ours | Anchor |" : "| Ours | Anchor | Ours | Anchor |");
        Console.WriteLine(withProcesses ? "| --- | --- | ---: | ---: | ---: |" : "| --- | --- | ---: | ---: |");
        foreach (var p in pairs)
        {
            var processes = withProcesses ? p.Processes.ToString(CultureInfo.InvariantCulture) + " | " : "";
            Console.WriteLine($"| {p.Ours} | {p.Anchor} | {processes}{Units.Time(p.OursNanoseconds)} | {Units.Time(p.AnchorNanoseconds)} |");
        }
    }

    public static void PrintGoals(IReadOnlyList<Goal> goals)
    {
        Console.WriteLine();
        Console.WriteLine("| Goal | Ours | Anchor | Ratio | Limit | Met |");
        Console.WriteLine("| --- | ---: | ---: | ---: | --- | --- |");
        foreach (var g in goals)
            Console.WriteLine($"| {g.Name} | {g.Value} | {g.Anchor} | {Units.Ratio(g.Ratio)} | {g.Limit} | {(g.Met ? "yes" : "NO")} |");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"goals met: {goals.Count(g => g.Met)} of {goals.Count}"));
    }
}
