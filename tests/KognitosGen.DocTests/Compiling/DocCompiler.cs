using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.DocTests.Compiling;

/// <summary>Compiles source trees as a user's project would: C# latest, nullable on, the generator and analyzers run.</summary>
public static class DocCompiler
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Preview);

    public static async Task<DocCompilation> CompileAsync(
        string assemblyName,
        IReadOnlyList<SyntaxTree> trees,
        bool executable,
        bool release,
        ImmutableArray<AdditionalText> additionalFiles,
        CancellationToken cancellationToken)
    {
        var options = new CSharpCompilationOptions(
                executable ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                optimizationLevel: release ? OptimizationLevel.Release : OptimizationLevel.Debug)
            // As the SDK does: the runtime assembly was built against an older System.Text.Json than this host's.
            .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]);
        var compilation = CSharpCompilation.Create(assemblyName, trees, DocReferences.References, options);
        var optionsProvider = EmptyOptionsProvider.Instance;
        CSharpGeneratorDriver.Create([DocReferences.Generator], additionalFiles, ParseOptions, optionsProvider)
            .RunGeneratorsAndUpdateCompilation(compilation, out var generated, out var generatorDiagnostics, cancellationToken);
        var all = await generated
            .WithAnalyzers(DocReferences.Analyzers, new AnalyzerOptions(additionalFiles, optionsProvider))
            .GetAllDiagnosticsAsync(cancellationToken);
        return new DocCompilation(generated, [.. generatorDiagnostics, .. all]);
    }

    private sealed class EmptyOptionsProvider : AnalyzerConfigOptionsProvider
    {
        public static readonly EmptyOptionsProvider Instance = new();

        public override AnalyzerConfigOptions GlobalOptions => EmptyOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => EmptyOptions.Instance;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => EmptyOptions.Instance;
    }

    private sealed class EmptyOptions : AnalyzerConfigOptions
    {
        public static readonly EmptyOptions Instance = new();

        public override bool TryGetValue(string key, out string value)
        {
            value = "";
            return false;
        }
    }
}
