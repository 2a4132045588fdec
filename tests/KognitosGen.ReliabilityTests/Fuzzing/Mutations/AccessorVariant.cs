using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>
/// Gives a property other accessors (get-only, set-only, init-only outputs, private getters, bodies, none, twice)
/// or turns it into a field, an indexer, an event or a method.
/// </summary>
public sealed class AccessorVariant : ISourceMutation
{
    private static readonly string[] Accessors =
    [
        "{ get; }", "{ set; }", "{ init; }", "{ get; init; }", "{ private get; set; }", "{ get; private set; }", "{ get; protected set; }",
        "{ get => default!; }", "=> default!;", "{ get; set; } = null!;", "{ }", "{ get; get; }", "{ init; private set; }",
        "{ get { return default!; } set { } }", "{ get; private init; }", "{ get; set; } = 42;", "{ get;", "{",
    ];

    public string Name => "accessor variant";

    public string Apply(string source, Random random)
    {
        var properties = SourceSyntax.Nodes<PropertyDeclarationSyntax>(source);
        if (properties.Count == 0)
            return source;
        var property = properties.Pick(random);
        switch (random.Next(5))
        {
            case 0:
                // A field, an event or a method with the same attribute.
                var end = property.Span.End;
                var form = random.Next(3) switch { 0 => ";", 1 => "() => default!;", _ => ";" };
                var prefix = random.Next(3) == 2 ? "event " : "";
                var rewritten = SourceSyntax.Replace(source, property.Identifier.Span.End, end - property.Identifier.Span.End, form);
                return prefix.Length == 0 ? rewritten : SourceSyntax.Replace(rewritten, property.Type.SpanStart, 0, prefix);
            case 1:
                // An indexer.
                return SourceSyntax.Replace(source, property.Identifier.SpanStart, property.Identifier.Span.Length, "this[int index]");
            default:
                var start = (property.AccessorList?.SpanStart ?? property.ExpressionBody?.SpanStart) ?? property.Identifier.Span.End;
                return SourceSyntax.Replace(source, start, property.Span.End - start, " " + Accessors.Pick(random));
        }
    }
}
