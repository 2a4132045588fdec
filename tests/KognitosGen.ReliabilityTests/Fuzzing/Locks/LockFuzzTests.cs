using System.Collections.Immutable;
using KognitosGen.ReliabilityTests.Fuzzing.Checking;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.SourceGenerators.Analyzers;
using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Fuzzing.Locks;

/// <summary>
/// Mutated schema locks (truncated, wrong types, huge, deeply nested, unknown version, invalid UTF-8 and random
/// bytes) through the analyzers next to classes that match the lock: never an exception or AD0001, and a lock
/// that cannot be read gives exactly one KOG0021 on the lock itself.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class LockFuzzTests(ITestOutputHelper output)
{
    private const int LocksPerRun = 600;

    // Classes of the lock's agent: matching, renamed, of another stage, with unseen and mistyped facts.
    private const string Source = """
        using KognitosGen;

        [KognitosProcess("to greet", AgentId = "agent-1", ProcessId = "greet")]
        public partial class Greet
        {
            [KognitosOutput("the output greeting")] public string? Greeting { get; private set; }
            [KognitosOutput("the output cuont")] public int Count { get; private set; }
            [KognitosOutput("the output closed at")] public System.DateTimeOffset ClosedAt { get; private set; }
        }

        [KognitosProcess("to name it all", AgentId = "agent-1", ProcessId = "everything")]
        public partial class Everything
        {
            [KognitosOutput("the output payload")] public System.Text.Json.JsonElement Payload { get; private set; }
        }

        [KognitosProcess("to publish it", AgentId = "agent-1", ProcessId = "publish", Stage = KognitosStage.Draft)]
        public partial class Publish { }

        [KognitosProcess("to vanish", AgentId = "agent-1", ProcessId = "p17")]
        public partial class Gone { }
        """;

    [Fact]
    public async Task Analyzers_survive_mutated_locks_without_an_exception()
    {
        var count = ReliabilityScale.Scaled(LocksPerRun);
        var random = new Random(ReliabilityScale.Seed);
        var compilation = FuzzCompilation.CreateEmpty(new CompilationFlavour(Release: false, Nullable: true)).AddSyntaxTrees(FuzzCompilation.Parse(Source));
        ImmutableArray<DiagnosticAnalyzer> analyzers = [new SchemaLockAnalyzer(), new KognitosProcessAnalyzer(), new LiteralApiKeyAnalyzer()];
        var original = System.Text.Encoding.UTF8.GetBytes(FuzzLock.Text);
        var failures = new List<string>();
        var applied = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var unreadable = 0;

        for (var i = 0; i < count && failures.Count < 10; i++)
        {
            var (name, mutate) = LockMutation.All[random.Next(LockMutation.All.Length)];
            var bytes = mutate(original, random);
            if (random.Next(4) == 0)
                bytes = LockMutation.All[random.Next(LockMutation.All.Length)].Apply(bytes, random);
            applied[name] = applied.GetValueOrDefault(name) + 1;

            var problems = await AnalyzeAsync(compilation, analyzers, bytes);
            if (problems.Thrown.Count > 0 || problems.Diagnostics.Any(d => d.Id == CrashDiagnostics.AnalyzerFailed))
                failures.Add($"input {i} ({name}): " + string.Join("; ", problems.Thrown.Concat(problems.Diagnostics.Where(d => d.Id == CrashDiagnostics.AnalyzerFailed).Select(d => d.ToString()))));
            var reported = problems.Diagnostics.Count(d => d.Id == "KOG0021");
            if (reported > 1)
                failures.Add($"input {i} ({name}): {reported} KOG0021 for one lock");
            unreadable += reported;
        }

        var summary = $"{count} mutated locks, {unreadable} unreadable (KOG0021), mutations: {string.Join(", ", applied.Select(p => $"{p.Key} {p.Value}"))}";
        output.WriteLine(summary);
        ReliabilityReport.Add("schema lock fuzz", summary + $", seed {ReliabilityScale.Seed}");
        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
        Assert.InRange(unreadable, count / 4, count);
    }

    private static async Task<(List<string> Thrown, ImmutableArray<Diagnostic> Diagnostics)> AnalyzeAsync(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, byte[] lockBytes)
    {
        var thrown = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([new LockBytes(FuzzLock.Path, lockBytes)]),
            onAnalyzerException: (exception, analyzer, _) =>
            {
                lock (thrown)
                    thrown.Add(analyzer.GetType().Name + ": " + exception);
            },
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        return (thrown, diagnostics);
    }

    /// <summary>An additional file decoded from bytes as the compiler decodes one: strict UTF-8, else a single-byte fallback.</summary>
    private sealed class LockBytes(string path, byte[] bytes) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default)
        {
            try
            {
                using var strict = new MemoryStream(bytes);
                return SourceText.From(strict, new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true), throwIfBinaryDetected: false);
            }
            catch (Exception exception) when (exception is System.Text.DecoderFallbackException or InvalidDataException)
            {
                using var fallback = new MemoryStream(bytes);
                return SourceText.From(fallback, System.Text.Encoding.Latin1, throwIfBinaryDetected: false);
            }
        }
    }
}
