using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Replaces an identifier or a string literal (a process, fact or ID name) with one thousands of characters long.</summary>
public sealed class HugeName : ISourceMutation
{
    public string Name => "huge name";

    public string Apply(string source, Random random)
    {
        var candidates = SourceSyntax.Tokens(source)
            .Where(t => t.IsKind(SyntaxKind.IdentifierToken) || t.IsKind(SyntaxKind.StringLiteralToken))
            .ToList();
        if (candidates.Count == 0)
            return source;
        var token = candidates.Pick(random);
        var length = 1000 + random.Next(9000);
        var replacement = token.IsKind(SyntaxKind.IdentifierToken)
            ? "N" + Repeat("abcdefghij0123456789_", length)
            : "\"" + (random.Next(2) == 0 ? "the output " : "") + Repeat("word ", length) + "\"";
        return SourceSyntax.Replace(source, token.SpanStart, token.Span.Length, replacement);
    }

    private static string Repeat(string unit, int length)
    {
        var builder = new System.Text.StringBuilder(length + unit.Length);
        while (builder.Length < length)
            builder.Append(unit);
        return builder.ToString(0, length);
    }
}
