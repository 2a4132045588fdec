using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>
/// The generator and the analyzers over ten thousand mutated sources (times the reliability scale): none may
/// throw. A failure names the seed, the input and the file its source was written to.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class GeneratorFuzzTests(ITestOutputHelper output)
{
    [Fact]
    public void Generator_and_analyzers_survive_mutated_sources_without_an_exception()
    {
        var count = ReliabilityScale.Scaled(FuzzSettings.InputsPerRun);
        using var timeLimit = new CancellationTokenSource(FuzzSettings.TimeLimit);

        var result = FuzzRunner.Run(ReliabilityScale.Seed, count, FuzzSettings.Threads, timeLimit.Token);

        output.WriteLine(result.Summary);
        foreach (var (mutation, applied) in result.MutationsApplied)
            output.WriteLine($"  {mutation}: {applied}");
        ReliabilityReport.Add("generator and analyzer fuzz", $"{result.Summary}, seed {ReliabilityScale.Seed}, {FuzzSettings.Threads} threads");

        Assert.True(result.Failures.Count == 0,
            $"{result.Failures.Count} fuzzed input(s) made the generator or an analyzer throw:{Environment.NewLine}"
            + string.Join(Environment.NewLine, result.Failures));
        Assert.Equal(count, result.Inputs);
        Assert.Equal(count, result.GeneratorRuns);
        Assert.Equal(count, result.AnalyzerPasses);
    }
}
