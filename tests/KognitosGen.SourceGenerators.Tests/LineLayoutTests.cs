using KognitosGen.SourceGenerators.Emitting;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>How a wrapped line is laid out: flat when it fits, broken at its marks, one level deeper, when it does not.</summary>
public sealed class LineLayoutTests
{
    private static readonly string Long = new('x', 100);

    private static string Wrapped(string line, int level = 1)
    {
        var writer = new SourceWriter();
        using (writer.Block("class C"))
            WriteAt(writer, line, level - 1);

        var text = writer.Finish().ToString();
        // Only the wrapped line's own text, without the block around it.
        return text.Substring("class C\n{\n".Length, text.Length - "class C\n{\n}\n".Length);
    }

    private static void WriteAt(SourceWriter writer, string line, int deeper)
    {
        if (deeper == 0)
        {
            writer.Wrapped($"{line}");
            return;
        }

        using (writer.Indented())
            WriteAt(writer, line, deeper - 1);
    }

    [Fact]
    public void A_line_that_fits_is_written_flat_without_its_marks()
    {
        var line = $"Call({Breaks.Open}a{Breaks.Comma}b{Breaks.Close}) =>{Breaks.OpenSpaced}c;{Breaks.Close}";

        Assert.Equal("    Call(a, b) => c;\n", Wrapped(line));
    }

    [Fact]
    public void A_group_too_long_for_the_line_puts_each_item_on_a_line_of_its_own_one_level_deeper()
    {
        var line = $"Call({Breaks.Open}{Long}{Breaks.Comma}second{Breaks.Comma}third{Breaks.Close});";

        Assert.Equal($"    Call(\n        {Long},\n        second,\n        third);\n", Wrapped(line));
    }

    [Fact]
    public void The_text_that_must_follow_a_group_counts_toward_whether_it_fits()
    {
        // The group alone fits in 120 columns; with the tail after it, it does not.
        var item = new string('y', 120 - 4 - "Call(".Length);
        var line = $"Call({Breaks.Open}{item}{Breaks.Close}) + tail;";

        Assert.Equal($"    Call(\n        {item}) + tail;\n", Wrapped(line));
    }

    [Fact]
    public void A_nested_group_stays_flat_when_it_fits_on_its_parents_broken_line()
    {
        var line = $"Outer({Breaks.Open}{Long}{Breaks.Comma}Inner({Breaks.Open}a{Breaks.Comma}b{Breaks.Close}){Breaks.Close});";

        Assert.Equal($"    Outer(\n        {Long},\n        Inner(a, b));\n", Wrapped(line));
    }

    [Fact]
    public void A_filled_group_packs_as_many_items_a_line_as_fit()
    {
        var item = new string('z', 45);
        var line = $"names: new[] {{{Breaks.OpenFilled}\"{item}\"{Breaks.Comma}\"{item}\"{Breaks.Comma}\"{item}\"{Breaks.Close} }},";

        var text = Wrapped(line, level: 3);

        Assert.Equal($"            names: new[] {{ \"{item}\",\n                \"{item}\", \"{item}\" }},\n", text);
        Assert.All(text.TrimEnd('\n').Split('\n'), l => Assert.True(l.Length <= LineLayout.MaxLength, l));
    }

    [Fact]
    public void Items_divided_by_spaces_break_without_a_comma()
    {
        var line = $"case 0:{Breaks.OpenSpaced}Read({Long});{Breaks.Space}break;{Breaks.Close}";

        Assert.Equal($"    case 0:\n        Read({Long});\n        break;\n", Wrapped(line));
    }
}
