namespace KognitosGen.Benchmarks.Build;

/// <summary>Times of the consumer build: medians over the measured builds.</summary>
public sealed record ConsumerBuildResult(
    int Processes, int Builds, double CompileSecondsWith, double CompileSecondsWithout, double CompileSecondsSystemTextJson,
    double GeneratorSeconds, double AnalyzerSeconds)
{
    public double KognitosSeconds => GeneratorSeconds + AnalyzerSeconds;

    /// <summary>What KognitosGen adds to the compile: its generator, its analyzers and compiling the code it generates.</summary>
    public double KognitosExtraSeconds => CompileSecondsWith - CompileSecondsWithout;

    /// <summary>What one System.Text.Json context over the same classes adds to the compile.</summary>
    public double SystemTextJsonExtraSeconds => CompileSecondsSystemTextJson - CompileSecondsWithout;

    public static void Print(ConsumerBuildResult r) => Console.WriteLine($"""

        Consumer build: {r.Processes} processes, median of {r.Builds} rebuilds each
        | Measure | Seconds |
        | --- | ---: |
        | Csc task, with the KognitosGen generator and analyzers | {r.CompileSecondsWith:0.000} |
        | Csc task, without them | {r.CompileSecondsWithout:0.000} |
        | Csc task, without them, with one System.Text.Json context over the same classes | {r.CompileSecondsSystemTextJson:0.000} |
        | KognitosGen generator (ReportAnalyzer) | {r.GeneratorSeconds:0.000} |
        | KognitosGen analyzers (ReportAnalyzer) | {r.AnalyzerSeconds:0.000} |
        | Share of the compile | {r.KognitosSeconds / r.CompileSecondsWith:P1} |
        | KognitosGen's extra compile time (with - without) | {r.KognitosExtraSeconds:0.000} |
        | System.Text.Json's extra compile time (its variant - without) | {r.SystemTextJsonExtraSeconds:0.000} |
        """);
}
