using KognitosGen.Binding;
using KognitosGen.CodeFixes;
using KognitosGen.SourceGenerators.Analyzers;

namespace KognitosGen.Analyzers.Tests;

/// <summary>
/// KOG0005 and its fix agree with the binder: a spelling the binder reads as "the output ..." passes, and the fix
/// writes a name that normalises as the old one did, so it binds at least everything the old name bound.
/// </summary>
public sealed class OutputSpellingTests
{
    [Theory]
    [InlineData("the output total")]
    [InlineData("the_output_total")]
    [InlineData("The Output Total")]
    [InlineData("the-output-total")]
    [InlineData("  THE__OUTPUT - total ")]
    public Task A_spelling_the_binder_reads_as_an_output_passes(string fact) => Analyze($$"""
        [KognitosOutput("{{fact}}")] public int Total { get; private set; }
        """);

    [Theory]
    [InlineData("total", "the output total")]
    [InlineData("output total", "the output total")]
    [InlineData("Output_Total", "the output Total")]
    [InlineData("output-grand total", "the output grand total")]
    [InlineData("vendor name", "the output vendor name")]
    [InlineData("_total_", "the output total")]
    [InlineData("the outputs", "the output the outputs")]
    public async Task Another_spelling_is_renamed_to_one_that_binds_no_less(string fact, string expected)
    {
        await new CodeFixTest<KognitosProcessAnalyzer, PrefixOutputFactCodeFixProvider>(
            Class($$"""[KognitosOutput({|KOG0005:"{{fact}}"|})] public int Total { get; private set; }"""),
            Class($$"""[KognitosOutput("{{expected}}")] public int Total { get; private set; }""")).RunAsync();

        // What the old name matched loosely, the new one matches too; and it now matches the server's name exactly.
        Assert.Equal(KognitosFactNames.Normalize(fact), KognitosFactNames.Normalize(expected));
        Assert.StartsWith("the output ", expected);
    }

    [Fact]
    public Task The_message_names_the_spelling_to_use() =>
        new AnalyzerTest<KognitosProcessAnalyzer>(Class("""[KognitosOutput({|#0:"output total"|})] public int Total { get; private set; }"""))
        {
            ExpectedDiagnostics =
            {
                new Microsoft.CodeAnalysis.Testing.DiagnosticResult("KOG0005", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning)
                    .WithLocation(0)
                    .WithArguments("output total", "the output total"),
            },
        }.RunAsync();

    private static Task Analyze(string member) => new AnalyzerTest<KognitosProcessAnalyzer>(Class(member)).RunAsync();

    private static string Class(string member) => $$"""
        using KognitosGen;
        [KognitosProcess("x", AgentId = "a", ProcessId = "p")]
        public partial class P
        {
            {{member}}
        }
        """;
}
