namespace KognitosGen.Benchmarks.Build;

/// <summary>Times of the consumer build: medians over the measured builds.</summary>
public sealed record ConsumerBuildResult(int Processes, int Builds, double CompileSecondsWith, double CompileSecondsWithout, double GeneratorSeconds, double AnalyzerSeconds)
{
    public double KognitosSeconds => GeneratorSeconds + AnalyzerSeconds;

    public static void Print(ConsumerBuildResult r) => Console.WriteLine($"""

        Consumer build: {r.Processes} processes, median of {r.Builds} rebuilds each
        | Measure | Seconds |
        | --- | ---: |
        | Csc task, with the KognitosGen generator and analyzers | {r.CompileSecondsWith:0.000} |
        | Csc task, without them | {r.CompileSecondsWithout:0.000} |
        | KognitosGen generator (ReportAnalyzer) | {r.GeneratorSeconds:0.000} |
        | KognitosGen analyzers (ReportAnalyzer) | {r.AnalyzerSeconds:0.000} |
        | Share of the compile | {r.KognitosSeconds / r.CompileSecondsWith:P1} |
        """);
}
