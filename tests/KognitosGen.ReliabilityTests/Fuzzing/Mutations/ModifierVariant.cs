using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Static and other modifier variants: a type or property made static, abstract, file-local, ref, readonly...,
/// or its <c>partial</c> removed.
/// </summary>
public sealed class ModifierVariant : ISourceMutation
{
    private static readonly string[] Modifiers =
    [
        "static", "static", "abstract", "sealed", "readonly", "ref", "unsafe", "file", "new", "extern", "const", "volatile",
        "virtual", "override", "required", "private protected", "static partial", "partial partial", "async",
    ];

    public string Name => "static and modifier variant";

    public string Apply(string source, Random random)
    {
        var members = SourceSyntax.Nodes<MemberDeclarationSyntax>(source)
            .Where(m => m is TypeDeclarationSyntax or PropertyDeclarationSyntax)
            .ToList();
        if (members.Count == 0)
            return source;
        var member = members.Pick(random);

        if (random.Next(4) == 0 && member.Modifiers.FirstOrDefault(m => m.IsKind(SyntaxKind.PartialKeyword)) is { RawKind: not 0 } partial)
            return SourceSyntax.Replace(source, partial.SpanStart, partial.Span.Length, "");

        var at = member.Modifiers.Count > 0 ? member.Modifiers[random.Next(member.Modifiers.Count)].SpanStart
            : member is TypeDeclarationSyntax type ? type.Keyword.SpanStart
            : ((PropertyDeclarationSyntax)member).Type.SpanStart;
        return SourceSyntax.Replace(source, at, 0, Modifiers.Pick(random) + " ");
    }
}
