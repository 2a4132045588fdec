using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>
/// What every fuzzed compilation shares, built once: parse options, the metadata references (the platform's
/// System.*, netstandard and mscorlib, plus the KognitosGen runtime) and compilation options as the SDK sets them.
/// </summary>
public static class FuzzCompilation
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static readonly ImmutableArray<MetadataReference> References = LoadReferences();

    /// <summary>An empty compilation for <paramref name="flavour"/>; add one tree per input to it.</summary>
    /// <remarks>
    /// Compilations derived from one of these by adding trees reuse its bound references, which is what makes
    /// tens of thousands of compilations cheap.
    /// </remarks>
    public static CSharpCompilation CreateEmpty(CompilationFlavour flavour) =>
        CSharpCompilation.Create(
            "FuzzedAssembly",
            syntaxTrees: [],
            References,
            new CSharpCompilationOptions(
                    OutputKind.DynamicallyLinkedLibrary,
                    optimizationLevel: flavour.Release ? OptimizationLevel.Release : OptimizationLevel.Debug,
                    nullableContextOptions: flavour.Nullable ? NullableContextOptions.Enable : NullableContextOptions.Disable,
                    allowUnsafe: true)
                // As the SDK does: the runtime assembly was built against an older System.Text.Json than this host's.
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

    public static SyntaxTree Parse(string source) =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path: "Fuzzed.cs");

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name
                && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"))
            .OrderBy(path => path, StringComparer.Ordinal);
        return [.. platform.Select(path => MetadataReference.CreateFromFile(path)), MetadataReference.CreateFromFile(typeof(KognitosClient).Assembly.Location)];
    }
}
