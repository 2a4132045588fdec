using System.Collections.Immutable;
using KognitosGen.ReliabilityTests.Fuzzing.Checking;
using KognitosGen.ReliabilityTests.Fuzzing.Corpus;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>The checker is not blind: a generator or analyzer that throws is reported, a clean input is not.</summary>
[Trait("Category", "Reliability")]
public sealed class FuzzCheckerTests
{
    private static readonly FuzzInput Invoice = new(0, 0, "invoice", [], FuzzCorpus.Invoice, CompilationFlavour.All[0], 0);

    [Fact]
    public void A_clean_input_has_no_problem()
    {
        var checker = new FuzzChecker();

        Assert.Empty(checker.Check(Invoice, CancellationToken.None));
        Assert.Equal(1, checker.GeneratorRuns);
        Assert.Equal(1, checker.AnalyzerPasses);
    }

    [Fact]
    public void A_generator_that_throws_is_reported()
    {
        var checker = new FuzzChecker(new ThrowingGenerator(), []);

        var problems = checker.Check(Invoice, CancellationToken.None);

        Assert.Contains(problems, p => p.Component == "generator" && p.Description.Contains(nameof(ThrowingGenerator), StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Description.Contains(CrashDiagnostics.GeneratorFailed, StringComparison.Ordinal));
    }

    [Fact]
    public void An_analyzer_that_throws_is_reported()
    {
        var checker = new FuzzChecker(new SilentGenerator(), [new ThrowingAnalyzer()]);

        var problems = checker.Check(Invoice, CancellationToken.None);

        Assert.Contains(problems, p => p.Component == "analyzer " + nameof(ThrowingAnalyzer)
            && p.Description.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
    }

    private sealed class ThrowingGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context) =>
            context.RegisterSourceOutput(context.CompilationProvider, static (_, _) => throw new InvalidOperationException(nameof(ThrowingGenerator)));
    }

    private sealed class SilentGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
        }
    }

#pragma warning disable RS1036 // A test-only analyzer.
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    private sealed class ThrowingAnalyzer : DiagnosticAnalyzer
#pragma warning restore RS1036
    {
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            [new DiagnosticDescriptor("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning, isEnabledByDefault: true)];

        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterSymbolAction(static _ => throw new InvalidOperationException(nameof(ThrowingAnalyzer)), SymbolKind.NamedType);
        }
    }
}
