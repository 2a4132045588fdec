using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Tests.Infrastructure;

/// <summary>Asks the compiler whether a reported diagnostic survives the source's #pragma and suppression rules.</summary>
public static class CompilationWithAnalyzersFilter
{
    public static Diagnostic Apply(Compilation compilation, Diagnostic diagnostic)
    {
        // The compiler applies #pragma to diagnostics it reports through analyzers; a pass-through analyzer
        // reports the generator's diagnostic so the same filter runs over it.
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new Replay(diagnostic));
        var results = compilation.WithAnalyzers(analyzers, new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return Assert.Single(results, d => d.Id == diagnostic.Id);
    }

    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class Replay(Diagnostic diagnostic) : DiagnosticAnalyzer
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [diagnostic.Descriptor];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(c => c.ReportDiagnostic(diagnostic));
        }
    }
}
