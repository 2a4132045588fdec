using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.Benchmarks.Generator;

/// <summary>
/// The floor: the least any generator keyed on <c>[KognitosProcess]</c> can cost. It finds the same classes through
/// ForAttributeWithMetadataName, keeps only their names and emits nothing.
/// </summary>
public sealed class FloorGenerator : IIncrementalGenerator
{
    public const string AttributeName = "KognitosGen.KognitosProcessAttribute";

    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var names = context.SyntaxProvider.ForAttributeWithMetadataName(
            AttributeName,
            static (node, _) => node is ClassDeclarationSyntax,
            static (attributeContext, _) => attributeContext.TargetSymbol.Name);
        context.RegisterSourceOutput(names, static (_, _) => { });
    }
}
