using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.Cli.Tests.SchemaLockAgreement;

/// <summary>
/// The build's side of the agreement: the real <see cref="SchemaLockAnalyzer"/> over a compilation with the lock among
/// its additional files, decoded from its bytes as the compiler decodes one.
/// </summary>
internal static class AnalyzerRun
{
    private static readonly MetadataReference[] References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
        .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
        .Append(typeof(KognitosProcessAttribute).Assembly.Location)
        .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
        .ToArray();

    /// <summary>The analyzer's diagnostics for <paramref name="source"/> with the lock read from <paramref name="lockFile"/>; an analyzer exception fails the test.</summary>
    public static async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync(string lockFile, string source)
    {
        var compilation = CSharpCompilation.Create(
            "LockAgreement",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var thrown = new List<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([new LockFileText(lockFile)]),
            onAnalyzerException: (exception, _, _) =>
            {
                lock (thrown)
                    thrown.Add(exception);
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers([new SchemaLockAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(thrown);
        return diagnostics;
    }

    /// <summary>The corpus file under the name the analyzer looks for (the default lock name), read from disk as the compiler would.</summary>
    private sealed class LockFileText(string file) : AdditionalText
    {
        public override string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(file)!, "kognitos.schema.json");

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            using var stream = File.OpenRead(file);
            return SourceText.From(stream, encoding: null, throwIfBinaryDetected: false);
        }
    }
}
