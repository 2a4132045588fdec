using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>Checks from syntax before binding anything: most types and properties carry no attribute at all.</summary>
internal static class AttributedTypes
{
    /// <summary>Whether any declaration of <paramref name="property"/> (or its positional record parameter) has an attribute list.</summary>
    public static bool HasAttributeSyntax(IPropertySymbol property, CancellationToken cancellationToken)
    {
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is BasePropertyDeclarationSyntax { AttributeLists.Count: > 0 } or ParameterSyntax { AttributeLists.Count: > 0 })
                return true;
        }

        return false;
    }

    /// <summary>Whether any declaration of <paramref name="type"/> has an attribute list (so it may be a process class).</summary>
    public static bool MayBeProcess(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is MemberDeclarationSyntax { AttributeLists.Count: > 0 })
                return true;
        }

        return false;
    }
}
