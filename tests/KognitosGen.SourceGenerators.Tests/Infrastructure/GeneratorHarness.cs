using System.Collections.Immutable;
using KognitosGen.SourceGenerators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Tests.Infrastructure;

/// <summary>Compiles sources in memory and runs the generator over them through a tracking driver.</summary>
public static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "mscorlib.dll" or "netstandard.dll"));
        return [.. platform.Select(path => MetadataReference.CreateFromFile(path)), MetadataReference.CreateFromFile(typeof(KognitosClient).Assembly.Location)];
    });

    public static CSharpCompilation Compile(params string[] sources) => Compile(ParseOptions, sources);

    public static CSharpCompilation Compile(CSharpParseOptions parseOptions, params string[] sources) =>
        CSharpCompilation.Create(
            "UserAssembly",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, parseOptions, path: $"Source{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                // As the SDK does: the runtime assembly was built against an older System.Text.Json than this host's.
                .WithSpecificDiagnosticOptions([new("CS1701", ReportDiagnostic.Suppress), new("CS1702", ReportDiagnostic.Suppress)]));

    public static GeneratorDriver CreateDriver(IReadOnlyDictionary<string, string>? msbuild = null, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new KognitosProcessGenerator().AsSourceGenerator()],
            parseOptions: parseOptions ?? ParseOptions,
            optionsProvider: CreateOptionsProvider(msbuild ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    /// <summary>MSBuild properties as the compiler sees them (<c>build_property.Name</c> keys).</summary>
    public static AnalyzerConfigOptionsProvider CreateOptionsProvider(IReadOnlyDictionary<string, string> msbuild) =>
        new TestOptionsProvider(msbuild);

    /// <summary>Runs the generator once over <paramref name="sources"/>.</summary>
    public static GeneratorRun Run(string[] sources, IReadOnlyDictionary<string, string>? msbuild = null, CSharpParseOptions? parseOptions = null)
    {
        var compilation = Compile(parseOptions ?? ParseOptions, sources);
        var driver = CreateDriver(msbuild, parseOptions).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var run = new GeneratorRun(driver, compilation, output, generatorDiagnostics);
        // Every source any test generates keeps to the line limit, not only the snapshots.
        foreach (var (hintName, text) in run.Sources)
            GeneratedLineLength.AssertWithinLimit(text, hintName);
        return run;
    }

    public static GeneratorRun Run(string source, IReadOnlyDictionary<string, string>? msbuild = null) => Run([source], msbuild);

    private sealed class TestOptionsProvider(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptionsProvider
    {
        private readonly TestOptions _global = new(values);

        public override AnalyzerConfigOptions GlobalOptions => _global;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptions.Empty;
    }

    private sealed class TestOptions(IReadOnlyDictionary<string, string> values) : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());

        public override bool TryGetValue(string key, out string value) => values.TryGetValue(key, out value!);
    }
}
