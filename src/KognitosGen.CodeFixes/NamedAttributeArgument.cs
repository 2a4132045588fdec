using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.CodeFixes;

/// <summary>Sets a named argument (<c>Name = value</c>) of an attribute: the existing one's value replaced, or the argument added.</summary>
internal static class NamedAttributeArgument
{
    public static AttributeSyntax Set(AttributeSyntax attribute, string name, ExpressionSyntax value)
    {
        var list = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var existing = list.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        var updated = existing is not null
            ? list.ReplaceNode(existing.Expression, value.WithTriviaFrom(existing.Expression))
            : list.AddArguments(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(SyntaxFactory.IdentifierName(name)), nameColon: null, value));
        return attribute.WithArgumentList(updated);
    }
}
