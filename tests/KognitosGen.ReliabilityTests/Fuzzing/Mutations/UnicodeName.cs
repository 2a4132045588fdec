using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Replaces an identifier with a Unicode one (other scripts, right-to-left, combining marks, formatting characters,
/// escapes, astral letters, emoji) or a string literal with hostile text (emoji, bidi overrides, lone surrogate
/// halves as escapes and as raw characters, NUL, line separators, a BOM).
/// </summary>
public sealed class UnicodeName : ISourceMutation
{
    private static readonly string[] Identifiers =
    [
        "Ünïcödé", "e\u0301\u0302\u0303\u0304", "x" + string.Concat(Enumerable.Repeat("\u0300", 300)), "שלום", "مرحبا", "漢字名前",
        "Ελληνικά", "Кириллица", "a\u200Db", "a\u200Bb", "\\u0041bc", "\\U00000041bc", "@class", "@partial", "_", "__", "\U0001D49C\U0001D4B7",
        "x\u202Ey", "emoji🧾", "🧾", "\u0660\u0661", "İstanbul", "ǅungla", "Ⅻ", "ᚠᚢᚦ", "a\uFEFFb",
    ];

    private static readonly string[] Literals =
    [
        "\"🧾 invoice 👍🏽 total\"", "\"the output \u202Eevil\u202C\"", "\"the output שלום עולם\"", "\"e\u0301\u0302\u0303\"",
        "\"\\uD800\"", "\"\\uDC00\\uD800\"", "\"lone \uD800 raw\"", "\"lone \uDFFF raw\"", "\"\\0nul\"", "\"\u2028\"", "\"\u2029x\"",
        "\"\uFEFFbom\"", "\"\u0085\"", "\"\u00A0\u2003\u3000\"", "\"\u200D\u200D\"", "\"\\U0001F9FE\"", "\"" + string.Concat(Enumerable.Repeat("\U0001F600", 500)) + "\"",
        "\"the output " + string.Concat(Enumerable.Repeat("a\u0301", 2000)) + "\"", "@\"the output\r\nmulti\"", "\"ǅ ß ﬃ İ ı\"",
    ];

    public string Name => "unicode name";

    public string Apply(string source, Random random)
    {
        var candidates = SourceSyntax.Tokens(source)
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken) || t.IsKind(SyntaxKind.StringLiteralToken))
            .ToList();
        if (candidates.Count == 0)
            return source;
        var token = candidates.Pick(random);
        var replacement = token.IsKind(SyntaxKind.IdentifierToken) ? Identifiers.Pick(random) : Literals.Pick(random);
        return SourceSyntax.Replace(source, token.SpanStart, token.Span.Length, replacement);
    }
}
