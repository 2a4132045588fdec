using System.Collections.Concurrent;
using System.Diagnostics;
using KognitosGen.ReliabilityTests.Fuzzing.Checking;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>
/// Checks inputs 0..count-1 of a seed on a few threads (input i on thread i mod threads, each with its own
/// <see cref="FuzzChecker"/>), writing every failing input to a file and stopping early once a handful failed.
/// </summary>
public static class FuzzRunner
{
    private const int FailuresBeforeStopping = 10;

    public static FuzzRunResult Run(int seed, int count, int threads, CancellationToken cancellationToken)
    {
        var stopwatch = Stopwatch.StartNew();
        var failures = new ConcurrentBag<FuzzFailure>();
        var mutations = new ConcurrentDictionary<string, int>(StringComparer.Ordinal);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, threads).Select(worker => Task.Factory.StartNew(() =>
        {
            var checker = new FuzzChecker();
            var checkedInputs = 0;
            for (var index = worker; index < count && !stop.IsCancellationRequested; index += threads)
            {
                var input = FuzzInputFactory.Create(seed, index);
                foreach (var mutation in input.Mutations)
                    mutations.AddOrUpdate(mutation, 1, static (_, n) => n + 1);
                IReadOnlyList<FuzzProblem> problems;
                try
                {
                    problems = checker.Check(input, stop.Token);
                }
                catch (OperationCanceledException) when (stop.IsCancellationRequested)
                {
                    break;
                }

                checkedInputs++;
                if (problems.Count == 0)
                    continue;
                failures.Add(new FuzzFailure(input, problems, FuzzFailureFile.Write(input, problems)));
                if (failures.Count >= FailuresBeforeStopping)
                    stop.Cancel();
            }

            return (checkedInputs, checker.GeneratorRuns, checker.AnalyzerPasses);
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
            failures.OrderBy(f => f.Input.Index).ToList(),
            new SortedDictionary<string, int>(mutations, StringComparer.Ordinal),
            stopwatch.Elapsed);
    }
}
