using KognitosGen.DocTests.Markdown;
using KognitosGen.DocTests.Running;
using Xunit.Abstractions;

namespace KognitosGen.DocTests;

/// <summary>
/// Every ```csharp block of README.md and docs/**/*.md, one test case each (named page:line): compiled with the
/// generator and analyzers, and run when it is a program (against a fresh emulator) or a test (its [Fact]s).
/// </summary>
public sealed class DocBlockTests(ITestOutputHelper output)
{
    public static TheoryData<string> CSharpBlocks => [.. DocPages.CSharpBlocks.Select(block => block.Id)];

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public async Task The_block_compiles_and_runs(string block)
    {
        var outcome = await DocBlockCheck.CheckAsync(DocPages.Find(block));

        output.WriteLine($"{block}: {outcome}");
    }
}
