using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Turns a class into a record, struct, record struct, interface, enum or delegate keyword (and back).</summary>
public sealed class DeclarationKindSwap : ISourceMutation
{
    private static readonly string[] Keywords = ["class", "record", "record class", "struct", "record struct", "interface", "enum", "delegate", "ref struct", "readonly struct"];

    public string Name => "declaration kind swap";

    public string Apply(string source, Random random)
    {
        var types = SourceSyntax.Nodes<TypeDeclarationSyntax>(source);
        if (types.Count == 0)
            return source;
        var type = types.Pick(random);
        var start = type.Keyword.SpanStart;
        var end = type is RecordDeclarationSyntax { ClassOrStructKeyword.Span.Length: > 0 } record ? record.ClassOrStructKeyword.Span.End : type.Keyword.Span.End;
        return SourceSyntax.Replace(source, start, end - start, Keywords.Pick(random));
    }
}
