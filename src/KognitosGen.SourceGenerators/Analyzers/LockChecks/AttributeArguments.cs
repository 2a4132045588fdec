using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Analyzers.LockChecks;

/// <summary>Values and locations of attribute arguments, for rules that report at the argument they are about.</summary>
internal static class AttributeArguments
{
    public static string? NamedString(AttributeData attribute, string name) =>
        Named(attribute, name) is { Value: string value } && value.Trim().Length > 0 ? value : null;

    public static TypedConstant? Named(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name)
                return argument.Value;
        }

        return null;
    }

    public static string? PositionalString(AttributeData attribute) =>
        attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string : null;

    public static Location NamedLocation(AttributeSyntax syntax, string name) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name)?.Expression.GetLocation()
        ?? syntax.GetLocation();

    public static Location PositionalLocation(AttributeSyntax syntax) =>
        syntax.ArgumentList?.Arguments.FirstOrDefault(a => a.NameEquals is null && a.NameColon is null)?.Expression.GetLocation()
        ?? syntax.GetLocation();
}
