using System.Collections.Immutable;
using System.Reflection;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.DocTests.Compiling;

/// <summary>
/// What every doc compilation shares, built once: the references (this test's own dependencies: the framework,
/// ASP.NET Core, the runtime, the DI package, the test kit, the emulator, xunit, hosting, OpenTelemetry), and the
/// KognitosGen generator and analyzers as the package ships them.
/// </summary>
public static class DocReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(() =>
    [
        .. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            // The compiler's own assemblies are this harness's tools, not something a doc block uses.
            .Where(path => !Path.GetFileName(path).StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal))
            .Append(typeof(DocReferences).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path)),
    ]);

    private static readonly Lazy<ImmutableArray<DiagnosticAnalyzer>> LazyAnalyzers = new(() =>
    [
        .. typeof(KognitosProcessGenerator).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type) && type.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
            .Select(type => (DiagnosticAnalyzer)Activator.CreateInstance(type)!),
    ]);

    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    /// <summary>Every analyzer of the generator's assembly (found as the compiler finds them: by attribute).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => LazyAnalyzers.Value;

    public static ISourceGenerator Generator => new KognitosProcessGenerator().AsSourceGenerator();
}
