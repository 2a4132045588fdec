namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>What one fuzz run did: how many inputs, generator runs and analyzer passes, which failed, how long it took.</summary>
public sealed record FuzzRunResult(
    int Inputs,
    int GeneratorRuns,
    int AnalyzerPasses,
    IReadOnlyList<FuzzFailure> Failures,
    IReadOnlyDictionary<string, int> MutationsApplied,
    TimeSpan Elapsed)
{
    public string Summary =>
        $"inputs fuzzed: {Inputs} (generator runs {GeneratorRuns}, analyzer passes {AnalyzerPasses}), exceptions: {Failures.Count}, "
        + $"elapsed {Elapsed.TotalSeconds:F1} s";
}
