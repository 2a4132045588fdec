using KognitosGen.DocTests.Commands;
using KognitosGen.DocTests.Markdown;

namespace KognitosGen.DocTests;

/// <summary>Every bash block of the docs is run by <see cref="CommandTests"/>, or says why not.</summary>
public sealed class BashBlockTests
{
    [Fact]
    public void Every_bash_block_of_the_docs_is_run_or_says_why_not()
    {
        var problems = RunCommands.Problems(DocPages.Blocks);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void A_bash_block_that_no_test_runs_and_that_says_nothing_fails_naming_its_command()
    {
        var blocks = DocFences.Read("sample.md", ["```bash", "dotnet run --project samples/KognitosGen.Sample", "dotnet tool install --global KognitosGen.Cli   # the tool", "```"]);

        var problem = Assert.Single(RunCommands.Problems(blocks));

        Assert.StartsWith("sample.md:1: no test runs 'dotnet tool install --global KognitosGen.Cli';", problem, StringComparison.Ordinal);
        Assert.Contains("<!-- doc-test: not-run -- why -->", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_not_run_block_must_say_why()
    {
        var silent = DocFences.Read("sample.md", ["<!-- doc-test: not-run -->", "```bash", "kognitos pull", "```"]);
        var explained = DocFences.Read("sample.md", ["<!-- doc-test: not-run -- needs a Kognitos account -->", "```bash", "kognitos pull", "```"]);

        Assert.Equal(["sample.md:2: not-run, but no reason after ' -- '."], RunCommands.Problems(silent));
        Assert.Empty(RunCommands.Problems(explained));
        Assert.Equal("needs a Kognitos account", Assert.Single(explained).Directive.Note);
    }

    [Fact]
    public void The_commands_the_tests_run_need_no_directive()
    {
        var blocks = DocFences.Read("sample.md", [
            "```bash",
            "dotnet run --project samples/KognitosGen.Sample",
            "dotnet run --project src/KognitosGen.Emulator -- --urls http://127.0.0.1:5080",
            "curl -s http://127.0.0.1:5080/v2/health -H \"x-api-key: dev-key\"   # {\"status\":\"OK\"}",
            "```",
        ]);

        Assert.Empty(RunCommands.Problems(blocks));
    }
}
