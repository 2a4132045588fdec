using System.Collections.Concurrent;
using System.Diagnostics;
using KognitosGen.ReliabilityTests.Fuzzing.Checking;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>
/// Checks inputs 0..count-1 of a seed on a few threads, batch by batch (batch b on thread b mod threads, each
/// thread with its own <see cref="FuzzChecker"/>), writing every failing input to a file and stopping early
/// once a handful failed.
/// </summary>
public static class FuzzRunner
{
    private const int FailuresBeforeStopping = 10;

    public static FuzzRunResult Run(int seed, int count, int threads, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var failures = new ConcurrentBag<FuzzFailure>();
        var mutations = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        var batches = (count + FuzzInputFactory.BatchSize - 1) / FuzzInputFactory.BatchSize;
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, threads).Select(worker => Task.Factory.StartNew(() =>
        {
            var checker = new FuzzChecker();
            var checkedInputs = 0;
            for (var batch = worker; batch < batches && !stop.IsCancellationRequested; batch += threads)
            {
                var first = batch * FuzzInputFactory.BatchSize;
                var inputs = Enumerable.Range(first, Math.Min(FuzzInputFactory.BatchSize, count - first)).Select(i => FuzzInputFactory.Create(seed, i)).ToList();
                foreach (var mutation in inputs.SelectMany(i => i.Mutations))
                    mutations.AddOrUpdate(mutation, 1, static (_, n) => n + 1);
                IReadOnlyList<IReadOnlyList<FuzzProblem>> problems;
                try
                {
                    problems = checker.CheckBatch(inputs, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }

                checkedInputs += inputs.Count;
                for (var i = 0; i < inputs.Count; i++)
                {
                    if (problems[i].Count > 0)
                        failures.Add(new FuzzFailure(inputs[i], problems[i], FuzzFailureFile.Write(inputs[i], problems[i])));
                }

                if (failures.Count >= FailuresBeforeStopping)
                    stop.Cancel();
            }

            return (checkedInputs, checker.GeneratorRuns, checker.AnalyzerPasses, checker.AnalyzerBatches, checker.GeneratorTime, checker.AnalyzerTime);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();

        Task.WaitAll(workers, CancellationToken.None);
        var totals = workers.Select(w => w.Result).ToList();
        if (cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException(
                $"The fuzz run was stopped by its time limit after {stopwatch.Elapsed.TotalSeconds:F0} s, with {totals.Sum(t => t.checkedInputs)} of {count} inputs checked.");
        }

        return new FuzzRunResult(
            totals.Sum(t => t.checkedInputs),
            totals.Sum(t => t.GeneratorRuns),
            totals.Sum(t => t.AnalyzerPasses),
            totals.Sum(t => t.AnalyzerBatches),
            failures.OrderBy(f => f.Input.Index).ToList(),
            new SortedDictionary<string, int>(mutations, StringComparer.Ordinal),
            stopwatch.Elapsed,
            TimeSpan.FromTicks(totals.Sum(t => t.GeneratorTime.Ticks)),
            TimeSpan.FromTicks(totals.Sum(t => t.AnalyzerTime.Ticks)));
    }
}
