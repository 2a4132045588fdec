namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>What one fuzz run did: how many inputs, generator runs and analyzer passes, which failed, how long it took.</summary>
public sealed record FuzzRunResult(
    int Inputs,
    int GeneratorRuns,
    int AnalyzerPasses,
    int AnalyzerBatches,
    IReadOnlyList<FuzzFailure> Failures,
    IReadOnlyDictionary<string, int> MutationsApplied,
    TimeSpan Elapsed,
    TimeSpan GeneratorTime,
    TimeSpan AnalyzerTime)
{
    public string Summary =>
        $"inputs fuzzed: {Inputs} (generator runs {GeneratorRuns}, analyzer passes {AnalyzerPasses} in {AnalyzerBatches} compilations), exceptions: {Failures.Count}, "
        + $"elapsed {Elapsed.TotalSeconds:F1} s (thread time: generator {GeneratorTime.TotalSeconds:F1} s, analyzers {AnalyzerTime.TotalSeconds:F1} s)";
}
