using KognitosGen.Binding;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>
/// The generator (duplicate-name checks) and the runtime (output matching) normalise fact names separately;
/// they must agree, or a name the generator accepts could match differently at run time.
/// </summary>
public sealed class FactNameAgreementTests
{
    public static TheoryData<string> Names =>
    [
        "the output total", "Total", "output_total", "THE_OUTPUT-TOTAL", "  the   output  total ", "the output",
        "the output invoice number", "invoice-number", "Invoice__Number", "the outputs total", "outputtotal",
        "the output café", "ÉTÉ", "the output İstanbul", "_-_", "", "the output 😀 emoji", "tab\tseparated",
        "the output the output total", "output output", "The Output", "the-output-", "a_b-c d",
    ];

    [Theory]
    [MemberData(nameof(Names))]
    public void Generator_and_runtime_normalise_alike(string name)
    {
        Assert.Equal(KognitosFactNames.Normalize(name), FactNames.Normalize(name));
    }

    [Fact]
    public void Random_names_normalise_alike()
    {
        var random = new Random(20261128);
        const string alphabet = "aBcT hE_oUtPuT-\tzé😀İ";
        for (var i = 0; i < 5000; i++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var j = 0; j < chars.Length; j++)
                chars[j] = alphabet[random.Next(alphabet.Length)];
            var name = new string(chars);
            Assert.Equal(KognitosFactNames.Normalize(name), FactNames.Normalize(name));
        }
    }
}
