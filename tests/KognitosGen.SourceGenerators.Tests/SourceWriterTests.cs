using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>The writer keeps its builder per thread between files: each file's text must be its own, whatever came before.</summary>
public sealed class SourceWriterTests
{
    [Fact]
    public void Interpolated_lines_are_indented_and_numbers_written_invariantly()
    {
        var writer = new SourceWriter();
        using (writer.Block("class C"))
        {
            for (var i = 0; i < 12; i += 11)
                writer.Line($"int value{i} = {-i};");
        }

        Assert.Equal("class C\n{\n    int value0 = 0;\n    int value11 = -11;\n}\n", writer.Finish().ToString());
    }

    [Fact]
    public void A_file_after_a_very_large_one_holds_only_its_own_text()
    {
        var large = new SourceWriter();
        var line = new string('x', 1000);
        for (var i = 0; i < 400; i++)
            large.Line(line);
        Assert.Equal(400 * 1001, large.Finish().Length);

        var small = new SourceWriter();
        small.Line($"// {CSharpLiteral.Quoted("a\"b")} {CSharpLiteral.StringArray([])} {CSharpLiteral.BoolArray([true, false])}");
        Assert.Equal("// \"a\\\"b\" global::System.Array.Empty<string>() new bool[] { true, false }\n", small.Finish().ToString());
    }
}
