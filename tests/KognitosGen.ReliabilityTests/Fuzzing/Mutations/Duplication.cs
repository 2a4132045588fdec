using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Duplicates a run of tokens, a whole line, an attribute list (a second [KognitosProcess]), a member (the same
/// property twice) or a type declaration (the same process twice, partial or not).
/// </summary>
public sealed class Duplication : ISourceMutation
{
    public string Name => "duplication";

    public string Apply(string source, Random random)
    {
        switch (random.Next(5))
        {
            case 0:
            {
                var tokens = SourceSyntax.Tokens(source);
                if (tokens.Count == 0)
                    return source;
                var first = random.Next(tokens.Count);
                var last = Math.Min(tokens.Count - 1, first + random.Next(8));
                var start = tokens[first].SpanStart;
                var text = source[start..tokens[last].Span.End];
                return SourceSyntax.Replace(source, tokens[last].Span.End, 0, " " + text);
            }

            case 1:
            {
                var lines = source.Split('\n').ToList();
                var line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return string.Join('\n', lines);
            }

            case 2:
                return DuplicateNode(source, SourceSyntax.Nodes<AttributeListSyntax>(source), random);
            case 3:
                return DuplicateNode(source, SourceSyntax.Nodes<MemberDeclarationSyntax>(source).Where(m => m is not BaseNamespaceDeclarationSyntax).ToList(), random);
            default:
                return DuplicateNode(source, SourceSyntax.Nodes<BaseTypeDeclarationSyntax>(source), random);
        }
    }

    private static string DuplicateNode<T>(string source, IReadOnlyList<T> nodes, Random random) where T : SyntaxNode
    {
        if (nodes.Count == 0)
            return source;
        var node = nodes.Pick(random);
        return SourceSyntax.Replace(source, node.FullSpan.End, 0, node.ToFullString());
    }
}
