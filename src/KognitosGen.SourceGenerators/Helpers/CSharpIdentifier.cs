using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>Names from symbols written back as C#: keywords (a property declared <c>@class</c>) get their '@' back.</summary>
internal static class CSharpIdentifier
{
    public static string Escape(string name) =>
        MayBeKeyword(name, 0, name.Length) && (SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None)
            ? "@" + name
            : name;

    /// <summary>A dotted name such as a namespace, each part escaped; the name itself when no part is a keyword.</summary>
    public static string EscapeQualified(string name)
    {
        for (var start = 0; start <= name.Length;)
        {
            var end = name.IndexOf('.', start);
            end = end < 0 ? name.Length : end;
            if (MayBeKeyword(name, start, end))
                return string.Join(".", name.Split('.').Select(Escape));
            start = end + 1;
        }

        return name;
    }

    // Every keyword, contextual ones included, is lower-case letters and underscores: a name with any other character
    // (nearly every name, being PascalCase) needs no look-up.
    private static bool MayBeKeyword(string name, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (name[i] is not ((>= 'a' and <= 'z') or '_'))
                return false;
        }

        return true;
    }
}
