using KognitosGen.DocTests.Markdown;
using KognitosGen.DocTests.Running;

namespace KognitosGen.DocTests;

/// <summary>The harness fails a block that is wrong, naming its page and line: pages written here, not read from disk.</summary>
public sealed class HarnessTests
{
    [Fact]
    public async Task A_block_that_does_not_compile_fails_naming_the_page_line_of_the_error()
    {
        var block = Single("intro", "", "```csharp", "var total = 1m;", "Console.WriteLine(totl);", "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(block));

        Assert.StartsWith("sample.md:3: does not compile cleanly", error.Message, StringComparison.Ordinal);
        Assert.Contains("sample.md(5,19): error CS0103: The name 'totl' does not exist", error.Message, StringComparison.Ordinal);
        Assert.Contains("<!-- doc-test: ... -->", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_program_runs_against_the_emulator_and_its_failure_names_the_block()
    {
        var runs = Single(
            "<!-- doc-test: context=client -->",
            "```csharp",
            "var health = await client.GetHealthAsync();",
            "throw new InvalidOperationException(\"ran, health \" + health.Status);",
            "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(runs));

        Assert.StartsWith("sample.md:2: <Main> threw InvalidOperationException: ran, health OK", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_test_block_has_its_facts_run()
    {
        var block = Single(
            "```csharp",
            "public sealed class Checks",
            "{",
            "    [Fact] public void Passes() => Assert.Equal(2, 1 + 1);",
            "    [Fact] public void Fails() => Assert.Equal(3, 1 + 1);",
            "}",
            "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(block));

        Assert.StartsWith("sample.md:1: Fails threw EqualException", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_diagnostic_example_must_report_the_rule_its_comment_names_and_no_other()
    {
        var claimsTooMuch = Single(
            "<!-- doc-test: diagnostics wrap=process-members each-line -->",
            "```csharp",
            "[KognitosOutput(\"the output total\")] public decimal Total { get; private set; }   // KOG0005",
            "[KognitosOutput(\"total\")] public decimal Total { get; private set; }              // fixed",
            "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(claimsTooMuch));

        Assert.Contains("line 3 says KOG0005, but compiled it reports no KOG diagnostic", error.Message, StringComparison.Ordinal);
        Assert.Matches(@"sample\.md\(4,\d+\): warning KOG0005", error.Message);
        Assert.Contains("where the page's comments name no KOG0005", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comment_on_a_line_of_its_own_marks_the_code_line_below()
    {
        var block = Single(
            "<!-- doc-test: diagnostics wrap=process-members each-line -->",
            "```csharp",
            "// KOG0005: not named \"the output ...\"",
            "[KognitosOutput(\"total\")] public decimal Total { get; private set; }",
            "",
            "[KognitosOutput(\"the output total\")] public decimal Total { get; private set; }",
            "```");

        Assert.Equal(DocOutcome.CheckedDiagnostics, await DocBlockCheck.CheckAsync(block));
    }

    [Fact]
    public async Task A_block_that_uses_a_name_no_block_has_fails()
    {
        var block = Single("<!-- doc-test: uses=NoSuchBlock -->", "```csharp", "class A { }", "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(block));

        Assert.Equal("sample.md:2: uses=NoSuchBlock, but no block has the directive name=NoSuchBlock.", error.Message);
    }

    [Fact]
    public async Task A_context_that_does_not_exist_fails_listing_those_that_do()
    {
        var block = Single("<!-- doc-test: context=nope -->", "```csharp", "class A { }", "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(block));

        Assert.StartsWith("sample.md:2: context=nope, but there is no Contexts/nope.cs (known: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("client", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_csharp_block_marked_not_run_fails_pointing_at_compile_only()
    {
        var block = Single("<!-- doc-test: not-run -- needs an account -->", "```csharp", "class A { }", "```");

        var error = await Assert.ThrowsAsync<DocBlockException>(() => DocBlockCheck.CheckAsync(block));

        Assert.Equal("sample.md:2: not-run is for bash blocks; a C# block is always compiled, and one not run says compile-only.", error.Message);
    }

    [Fact]
    public void An_unknown_directive_word_fails_naming_its_line()
    {
        var error = Assert.Throws<FormatException>(() => Single("", "<!-- doc-test: complie-only -->", "```csharp", "class A { }", "```"));

        Assert.StartsWith("sample.md:2: unknown doc-test word 'complie-only'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Fences_are_read_with_their_language_and_directive_only_from_the_line_above()
    {
        var blocks = DocFences.Read("sample.md", [
            "<!-- doc-test: name=First -->",
            "",
            "```csharp",
            "class First { }",
            "```",
            "text",
            "~~~bash",
            "echo ```csharp",
            "~~~",
            "```CSharp title",
            "```",
        ]).ToList();

        Assert.Equal(["sample.md:3", "sample.md:7", "sample.md:10"], blocks.Select(block => block.Id));
        Assert.Equal("First", blocks[0].Directive.Name);
        Assert.Equal(["class First { }"], blocks[0].Code);
        Assert.Equal("bash", blocks[1].Language);
        Assert.Equal(["echo ```csharp"], blocks[1].Code);
        Assert.True(blocks[2].IsCSharp);
        Assert.Same(DocDirective.None, blocks[2].Directive);
    }

    private static DocBlock Single(params string[] lines) => Assert.Single(DocFences.Read("sample.md", lines), block => block.IsCSharp);
}
