using System.Linq;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.SourceGenerators.Helpers;

/// <summary>Names from symbols written back as C#: keywords (a property declared <c>@class</c>) get their '@' back.</summary>
internal static class CSharpIdentifier
{
    public static string Escape(string name) =>
        SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None || SyntaxFacts.GetContextualKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

    /// <summary>A dotted name such as a namespace, each part escaped.</summary>
    public static string EscapeQualified(string name) => string.Join(".", name.Split('.').Select(Escape));
}
