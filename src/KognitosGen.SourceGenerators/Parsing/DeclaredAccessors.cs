using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// Which accessors a property has, read from its declaration when it has exactly one written out as a property:
/// asking the symbol for its get or set method builds a symbol object for each, per property of every class. A
/// positional record parameter, a partial property's two parts or anything else is asked of the symbol.
/// </summary>
internal static class DeclaredAccessors
{
    public static (bool Get, bool Set, bool InitOnly) Of(IPropertySymbol property)
    {
        var references = property.DeclaringSyntaxReferences;
        if (references.Length == 1 && references[0].GetSyntax() is PropertyDeclarationSyntax declaration && FromSyntax(declaration) is { } declared)
            return declared;
        return (property.GetMethod is not null, property.SetMethod is not null, property.SetMethod?.IsInitOnly == true);
    }

    private static (bool Get, bool Set, bool InitOnly)? FromSyntax(PropertyDeclarationSyntax declaration)
    {
        // 'int X => 1;' is a getter alone.
        if (declaration.ExpressionBody is not null)
            return (true, false, false);
        if (declaration.AccessorList is not { } accessors)
            return null;

        var (get, set, initOnly) = (false, false, false);
        foreach (var accessor in accessors.Accessors)
        {
            switch (accessor.Kind())
            {
                case SyntaxKind.GetAccessorDeclaration:
                    get = true;
                    break;
                case SyntaxKind.SetAccessorDeclaration:
                    set = true;
                    break;
                case SyntaxKind.InitAccessorDeclaration:
                    (set, initOnly) = (true, true);
                    break;
                default:
                    // Event accessors or an unknown keyword: a declaration the compiler rejects; let the symbol say.
                    return null;
            }
        }

        return (get, set, initOnly);
    }
}
