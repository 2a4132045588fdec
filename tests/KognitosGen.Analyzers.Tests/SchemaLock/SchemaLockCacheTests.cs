using System.Collections.Immutable;
using KognitosGen.SourceGenerators.Analyzers.LockChecks;
using KognitosGen.SourceGenerators.SchemaLockFormat;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>The lock is read once per content: the same text is not parsed again, a changed one is.</summary>
public sealed class SchemaLockCacheTests
{
    [Fact]
    public void The_same_content_is_read_once_even_from_a_new_text_instance()
    {
        var unique = TestLocks.Standard.Replace("2026-11-30T10:00:00Z", "cache-" + Guid.NewGuid().ToString("N"));

        var first = SchemaLockCache.Get(SourceText.From(unique));
        var again = SchemaLockCache.Get(SourceText.From(unique));

        Assert.NotNull(first.Document);
        Assert.Same(first, again);
    }

    [Fact]
    public void A_changed_content_is_read_again()
    {
        var unique = TestLocks.Standard.Replace("2026-11-30T10:00:00Z", "cache-" + Guid.NewGuid().ToString("N"));

        var before = SchemaLockCache.Get(SourceText.From(unique));
        var after = SchemaLockCache.Get(SourceText.From(unique.Replace("\"version\": 1", "\"version\": 3")));

        Assert.NotNull(before.Document);
        Assert.Null(after.Document);
        Assert.Equal("version", after.Error!.Member);
    }

    [Fact]
    public async Task A_lock_that_changes_between_two_compilations_is_not_served_from_the_cache()
    {
        var compilation = CSharpCompilation.Create(
            "Consumer",
            [CSharpSyntaxTree.ParseText("""
                using KognitosGen;
                [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
                public partial class P { }
                """)],
            [.. Basic.References(), MetadataReference.CreateFromFile(typeof(KognitosClient).Assembly.Location)],
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var before = await AnalyzeAsync(compilation, TestLocks.Standard);
        var renamed = await AnalyzeAsync(compilation, TestLocks.Standard.Replace("\"to process the invoices\"", "\"to process all invoices\""));
        var back = await AnalyzeAsync(compilation, TestLocks.Standard);

        Assert.Empty(before);
        Assert.Equal("KOG0017", Assert.Single(renamed).Id);
        Assert.Contains("'to process all invoices'", renamed[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(back);
    }

    private static async Task<ImmutableArray<Diagnostic>> AnalyzeAsync(Compilation compilation, string lockText)
    {
        var options = new AnalyzerOptions([new InMemoryAdditionalText("/project/kognitos.schema.json", lockText)]);
        return await compilation.WithAnalyzers([new SchemaLockAnalyzer()], options).GetAnalyzerDiagnosticsAsync();
    }

    private static class Basic
    {
        public static IEnumerable<MetadataReference> References() =>
            ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
                .Where(path => Path.GetFileName(path) is "System.Runtime.dll" or "netstandard.dll" or "System.Private.CoreLib.dll")
                .Select(path => MetadataReference.CreateFromFile(path));
    }
}
