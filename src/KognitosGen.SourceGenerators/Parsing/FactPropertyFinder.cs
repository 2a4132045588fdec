using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// Finds the properties of a process class that may carry a fact attribute from the syntax of its declarations, so
/// that only those are bound: the class's other members, their attributes and their types are never looked at, and
/// the class's member list is never built and sorted.
/// </summary>
/// <remarks>
/// A property qualifies when one of its attributes is written with one of our names, or with a name the file
/// declares as a using alias. An alias declared with <c>global using</c> in another file is not seen.
/// </remarks>
internal static class FactPropertyFinder
{
    /// <summary>The candidate properties in declaration order, each once (a partial property has two declarations).</summary>
    public static List<IPropertySymbol> Find(INamedTypeSymbol type, CancellationToken cancellationToken)
    {
        // Each name once, checked against what was found (by name, not by symbol: one look-up of a name gives every
        // property of that name, both parts of a partial property, every indexer). A class has a handful of fact
        // properties, for which a scan costs less than a set made for every class.
        // Sized for a typical process (a dozen facts) so that the list is not grown several times per class.
        var found = new List<IPropertySymbol>(16);
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is not TypeDeclarationSyntax part)
                continue;

            // Positional record parameters become properties; [property: ...] puts attributes on them.
            if (part is RecordDeclarationSyntax { ParameterList: { } parameters })
            {
                foreach (var parameter in parameters.Parameters)
                {
                    if (MayHaveFactAttribute(parameter.AttributeLists, parameter))
                        AddByName(type, parameter.Identifier.ValueText, found);
                }
            }

            foreach (var member in part.Members)
            {
                if (member is not BasePropertyDeclarationSyntax property || !MayHaveFactAttribute(property.AttributeLists, property))
                    continue;
                switch (property)
                {
                    case PropertyDeclarationSyntax { ExplicitInterfaceSpecifier: null } named:
                        AddByName(type, named.Identifier.ValueText, found);
                        break;
                    case IndexerDeclarationSyntax { ExplicitInterfaceSpecifier: null }:
                        AddByName(type, WellKnownMemberNames.Indexer, found);
                        break;
                    case PropertyDeclarationSyntax or IndexerDeclarationSyntax:
                        AddByDeclaration(type, property, found);
                        break;
                }
            }
        }

        return found;
    }

    // An explicit interface implementation has a qualified member name: found by its declaration. (Apart from the loop
    // above, whose every property would otherwise allocate the closure this one needs.)
    private static void AddByDeclaration(INamedTypeSymbol type, BasePropertyDeclarationSyntax property, List<IPropertySymbol> found)
    {
        foreach (var symbol in type.GetMembers().OfType<IPropertySymbol>())
        {
            if (symbol.DeclaringSyntaxReferences.Any(r => r.SyntaxTree == property.SyntaxTree && r.Span == property.Span) && !Contains(found, symbol.Name))
                found.Add(symbol);
        }
    }

    private static void AddByName(INamedTypeSymbol type, string name, List<IPropertySymbol> found)
    {
        if (Contains(found, name))
            return;
        foreach (var member in type.GetMembers(name))
        {
            if (member is IPropertySymbol property)
                found.Add(property);
        }
    }

    private static bool Contains(List<IPropertySymbol> found, string name)
    {
        foreach (var property in found)
        {
            if (property.Name == name)
                return true;
        }

        return false;
    }

    private static bool MayHaveFactAttribute(SyntaxList<AttributeListSyntax> lists, SyntaxNode declaration)
    {
        foreach (var list in lists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = SimpleName(attribute.Name);
                if (name is null || KnownNames.IsFactAttributeName(name) || IsAliasInFile(declaration, name))
                    return true;
            }
        }

        return false;
    }

    private static string? SimpleName(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>Whether the file of <paramref name="node"/> declares a using alias that an attribute written as <paramref name="name"/> could mean.</summary>
    public static bool IsAliasInFile(SyntaxNode node, string name)
    {
        var root = node.SyntaxTree.GetCompilationUnitRoot();
        foreach (var directive in root.DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax).OfType<UsingDirectiveSyntax>())
        {
            if (directive.Alias?.Name.Identifier.ValueText is { } alias && (alias == name || alias == name + "Attribute"))
                return true;
        }

        return false;
    }
}
