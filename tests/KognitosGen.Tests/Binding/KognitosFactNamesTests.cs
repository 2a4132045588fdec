using System.Text;
using KognitosGen.Binding;

namespace KognitosGen.Tests.Binding;

/// <summary>
/// The normalisation rule. The source generator computes the same at compile time: this corpus is the contract
/// both sides must satisfy.
/// </summary>
public sealed class KognitosFactNamesTests
{
    public static TheoryData<string, string> Corpus => new()
    {
        { "the output total", "total" },
        { "Total", "total" },
        { "total", "total" },
        { "output_total", "total" },
        { "output total", "total" },
        { "THE_OUTPUT-TOTAL", "total" },
        { "  the   output  total ", "total" },
        { "The Output Total", "total" },
        { "the-output_-_total", "total" },
        { "the output invoice number", "invoice number" },
        { "the_output_invoice_number", "invoice number" },
        { "Invoice-Number", "invoice number" },
        { "invoice__number", "invoice number" },
        { "the output", "the output" },
        { "THE OUTPUT", "the output" },
        { "the_output_", "the output" },
        { "output", "output" },
        { "output ", "output" },
        { "the output output", "output" },
        { "output the output total", "the output total" },
        { "the output the output total", "the output total" },
        { "the outputs total", "the outputs total" },
        { "theoutput total", "theoutput total" },
        { "my output total", "my output total" },
        { "the output  ", "the output" },
        { "\tthe output total\n", "\tthe output total\n" },
        { "\t the output total", "\t the output total" },
        { " _the output total_ ", "total" },
        { "the output\ttotal", "the output\ttotal" },
        { "the output café", "café" },
        { "THE OUTPUT CAFÉ", "café" },
        { "Straße", "straße" },
        { "THE OUTPUT ΣΟΦΊΑ", "σοφία" },
        { "the output \U00010400", "\U00010400" },
        { "the output 2024 total (EUR)", "2024 total (eur)" },
        { "", "" },
        { " ", "" },
        { "_-_", "" },
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Normalize_follows_the_rule(string name, string expected) =>
        Assert.Equal(expected, KognitosFactNames.Normalize(name));

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Normalize_is_idempotent_on_names_without_a_second_prefix(string name, string expected)
    {
        _ = name;
        if (!expected.StartsWith("the output ", StringComparison.Ordinal) && !expected.StartsWith("output ", StringComparison.Ordinal))
            Assert.Equal(expected, KognitosFactNames.Normalize(expected));
    }

    [Theory]
    [MemberData(nameof(Corpus))]
    [InlineData("\u000bthe output total\u000c", "\u000bthe output total\u000c")]
    [InlineData("the\routput total", "the\routput total")]
    [InlineData("-the output x-", "x")]
    public void The_utf8_fast_path_agrees_with_Normalize_on_ascii_names(string name, string expected)
    {
        var utf8 = Encoding.UTF8.GetBytes(name);
        var destination = new byte[utf8.Length];
        var length = KognitosFactNames.NormalizeAscii(utf8, destination);
        if (utf8.Any(b => b >= 0x80))
        {
            Assert.Equal(-1, length);
            return;
        }

        Assert.Equal(KognitosFactNames.Normalize(name), Encoding.UTF8.GetString(destination, 0, length));
        Assert.Equal(expected, Encoding.UTF8.GetString(destination, 0, length));
    }

    [Fact]
    public void Normalize_refuses_null() =>
        Assert.Throws<ArgumentNullException>(() => KognitosFactNames.Normalize(null!));
}
