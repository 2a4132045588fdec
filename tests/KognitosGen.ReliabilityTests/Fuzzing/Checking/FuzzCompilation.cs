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
    private static readonly string[] PlatformAssemblies =
    [
        "System.Private.CoreLib", "System.Private.Uri", "System.Runtime", "System.Collections", "System.Collections.Immutable",
        "System.Linq", "System.Memory", "System.Text.Json", "System.Text.Encodings.Web", "System.Threading", "System.Threading.Tasks",
        "System.Net.Http", "System.Net.Primitives", "System.ComponentModel", "System.ObjectModel", "System.Runtime.InteropServices",
        "System.Console",
    ];

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

    public static SyntaxTree Parse(string source, string path = "Fuzzed.cs") =>
        CSharpSyntaxTree.ParseText(source, ParseOptions, path: path);

    /// <summary>
    /// The platform assemblies fuzzed code can use (taken from TRUSTED_PLATFORM_ASSEMBLIES like the generator
    /// tests do, but not all of them: a compilation per input binds names against every referenced assembly, and
    /// the ~170 System.* assemblies made binding twice as slow), those the runtime references, and the runtime.
    /// </summary>
    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var wanted = new HashSet<string>(PlatformAssemblies, StringComparer.OrdinalIgnoreCase);
        foreach (var reference in typeof(KognitosClient).Assembly.GetReferencedAssemblies())
            wanted.Add(reference.Name!);
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => wanted.Contains(Path.GetFileNameWithoutExtension(path)))
            .OrderBy(path => path, StringComparer.Ordinal);
        return [.. platform.Select(path => MetadataReference.CreateFromFile(path)), MetadataReference.CreateFromFile(typeof(KognitosClient).Assembly.Location)];
    }
}
