using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using KognitosGen.ReliabilityTests.Fuzzing.Checking;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Reads a (possibly already broken) source as Roslyn sees it, for mutations that work on tokens or nodes.</summary>
internal static class SourceSyntax
{
    public static SyntaxNode Root(string source) => FuzzCompilation.Parse(source).GetRoot();

    /// <summary>The non-empty tokens of <paramref name="source"/>, end of file excluded.</summary>
    public static List<SyntaxToken> Tokens(string source) =>
        Root(source).DescendantTokens().Where(token => token.Span.Length > 0).ToList();

    public static List<T> Nodes<T>(string source) where T : SyntaxNode =>
        Root(source).DescendantNodes().OfType<T>().ToList();

    /// <summary><paramref name="source"/> with the text at <paramref name="start"/>..+<paramref name="length"/> replaced.</summary>
    public static string Replace(string source, int start, int length, string replacement) =>
        string.Concat(source.AsSpan(0, start), replacement, source.AsSpan(start + length));

    /// <summary>True for attributes of KognitosGen, by the name as written ("KognitosProcess", "KognitosGen.KognitosInputAttribute", ...).</summary>
    public static bool IsKognitosAttribute(this Microsoft.CodeAnalysis.CSharp.Syntax.AttributeSyntax attribute) =>
        attribute.Name.ToString().Contains("Kognitos", StringComparison.Ordinal);
}
