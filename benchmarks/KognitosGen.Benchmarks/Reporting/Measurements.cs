using BenchmarkDotNet.Reports;

namespace KognitosGen.Benchmarks.Reporting;

/// <summary>One benchmark's result: median time and bytes allocated per operation.</summary>
public sealed record Measurement(string Method, int? Processes, double MedianNanoseconds, long? AllocatedBytes);

/// <summary>The results of benchmark runs, looked up by method name and process count.</summary>
public sealed class Measurements
{
    private readonly List<Measurement> _all = [];

    public IReadOnlyList<Measurement> All => _all;

    public void Add(Summary summary)
    {
        foreach (var report in summary.Reports)
        {
            if (report.ResultStatistics is null)
                continue;
            var benchmark = report.BenchmarkCase;
            var processes = benchmark.Parameters.Items.FirstOrDefault(p => p.Name == "Processes")?.Value as int?;
            _all.Add(new Measurement(
                benchmark.Descriptor.WorkloadMethod.Name,
                processes,
                report.ResultStatistics.Median,
                report.GcStats.GetBytesAllocatedPerOperation(benchmark)));
        }
    }

    public Measurement? Find(string method, int? processes = null) =>
        _all.FirstOrDefault(m => m.Method == method && m.Processes == processes);
}
