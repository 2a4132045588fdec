using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.ReliabilityTests.Fuzzing.Mutations;

/// <summary>Gives a property (a fact, usually) a type from <see cref="OddPropertyTypes"/>.</summary>
public sealed class PropertyTypeSwap : ISourceMutation
{
    public string Name => "property type swap";

    public string Apply(string source, Random random)
    {
        var properties = SourceSyntax.Nodes<PropertyDeclarationSyntax>(source);
        if (properties.Count == 0)
            return source;
        var type = properties.Pick(random).Type;
        return SourceSyntax.Replace(source, type.SpanStart, type.Span.Length, OddPropertyTypes.All.Pick(random));
    }
}
