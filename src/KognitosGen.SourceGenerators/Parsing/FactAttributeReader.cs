using System.Collections.Generic;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// Reads a property's fact attributes from syntax when that is certain, instead of binding every attribute of every
/// property (the largest part of the generator's cost): the fact name is a string literal, and the attribute's
/// name is checked once per file by looking it up in scope, which binds no arguments, constructors or nullability.
/// Anything else (an alias, a qualified name, a constant, a name that could mean two things) makes it give up, and
/// the caller binds the attributes as the compiler does.
/// </summary>
internal sealed class FactAttributeReader
{
    private readonly SemanticModel _targetModel;
    // What each attribute name means in each file this class's parse has read: a class has one file and a few names.
    private readonly List<(SyntaxTree Tree, string Name, string? Resolved)> _names = new(3);
    private readonly ImportsKeys _importsKeys;
    private readonly List<(string Attribute, string Fact)> _facts = new();

    public FactAttributeReader(SemanticModel targetModel, ImportsKeys importsKeys) => (_targetModel, _importsKeys) = (targetModel, importsKeys);

    /// <summary>
    /// The fact attributes of <paramref name="property"/> (metadata name, fact name), or null when syntax cannot tell.
    /// The list is the reader's own, valid until the next call.
    /// </summary>
    public List<(string Attribute, string Fact)>? TryRead(IPropertySymbol property, CancellationToken cancellationToken)
    {
        var facts = _facts;
        facts.Clear();
        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            var (lists, onParameter) = reference.GetSyntax(cancellationToken) switch
            {
                BasePropertyDeclarationSyntax declaration => (declaration.AttributeLists, false),
                ParameterSyntax parameter => (parameter.AttributeLists, true),
                _ => (default(SyntaxList<AttributeListSyntax>), true),
            };
            foreach (var list in lists)
            {
                // A positional record parameter's attributes reach the property only with 'property:'; a property's
                // own attributes without a target or with 'property:' ('field:' goes to the backing field).
                var target = list.Target?.Identifier.ValueText;
                if (onParameter ? target != "property" : target is not (null or "property"))
                    continue;
                foreach (var attribute in list.Attributes)
                {
                    if (!TryKind(attribute, property.ContainingType, out var kind))
                        return null;
                    if (kind is null)
                        continue;
                    if (!TryFactName(attribute, out var fact))
                        return null;
                    facts.Add((kind, fact));
                }
            }
        }

        return facts;
    }

    /// <summary>False when syntax cannot tell; else <paramref name="kind"/> is our attribute's metadata name, or null for another attribute.</summary>
    private bool TryKind(AttributeSyntax attribute, INamedTypeSymbol type, out string? kind)
    {
        kind = null;
        switch (attribute.Name)
        {
            case IdentifierNameSyntax { Identifier.ValueText: var name } when KnownNames.IsFactAttributeName(name):
                kind = Resolve(attribute, name, type);
                return kind is not null;
            case IdentifierNameSyntax { Identifier.ValueText: var name }:
                // Another name is another attribute, unless the file makes it an alias of ours.
                return !FactPropertyFinder.IsAliasInFile(attribute, name);
            case QualifiedNameSyntax { Right.Identifier.ValueText: var name } when KnownNames.IsFactAttributeName(name):
                return false;
            case AliasQualifiedNameSyntax { Name.Identifier.ValueText: var name } when KnownNames.IsFactAttributeName(name):
                return false;
            default:
                return true;
        }
    }

    /// <summary>Our attribute's metadata name when <paramref name="name"/> can only mean it where it is written; else null.</summary>
    private string? Resolve(AttributeSyntax attribute, string name, INamedTypeSymbol type)
    {
        var tree = attribute.SyntaxTree;
        foreach (var known in _names)
        {
            if (known.Tree == tree && known.Name == name)
                return known.Resolved;
        }

        var declaration = attribute.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        var shared = _importsKeys.Shared;
        // [X] is looked up as X and as XAttribute: either could be answered at type level.
        var scope = declaration is null
            || ImportScopeNames.TypeLevelDeclares(type, name)
            || ImportScopeNames.TypeLevelDeclares(type, KnownNames.WithAttributeSuffix(name))
            ? null
            : _importsKeys.For(declaration);
        if (scope is null || !shared.TryGet(scope, name, out var resolved))
        {
            resolved = BindInScope(attribute, declaration, name);
            if (scope is not null)
                shared.Add(scope, name, resolved);
        }

        _names.Add((tree, name, resolved));
        return resolved;
    }

    // [X] means X or XAttribute, [XAttribute] means XAttribute or XAttributeAttribute: exactly one must be found, and
    // be ours.
    private string? BindInScope(AttributeSyntax attribute, TypeDeclarationSyntax? declaration, string name)
    {
        var model = attribute.SyntaxTree == _targetModel.SyntaxTree ? _targetModel : _targetModel.Compilation.GetSemanticModel(attribute.SyntaxTree);
        var position = ScopePosition(attribute, declaration);
        var exact = Bind(model, position, name, out var exactFound);
        var suffixed = Bind(model, position, KnownNames.WithAttributeSuffix(name), out var suffixedFound);
        return exactFound != suffixedFound && (exact ?? suffixed) is INamedTypeSymbol type ? ProcessParser.FactAttributeName(type) : null;
    }

    // Binds the name as a type where it is written (stopping at the first scope that has it, unlike a look-up of every
    // symbol of that name): the symbol when it is one, and whether anything answered to it at all (an ambiguity too).
    private static ISymbol? Bind(SemanticModel model, int position, string name, out bool found)
    {
        var info = model.GetSpeculativeSymbolInfo(position, SyntaxFactory.IdentifierName(name), SpeculativeBindingOption.BindAsTypeOrNamespace);
        found = info.Symbol is not null || !info.CandidateSymbols.IsEmpty;
        return info.Symbol;
    }

    // A member's attributes are bound in the scope of its type: looking up at the type's opening brace (in its scope,
    // and inside no member, so no member's semantic model is built) finds the same symbols.
    private static int ScopePosition(AttributeSyntax attribute, TypeDeclarationSyntax? type) =>
        type is not null && type.OpenBraceToken.IsKind(SyntaxKind.OpenBraceToken)
            ? type.OpenBraceToken.SpanStart
            : attribute.SpanStart;

    private static bool TryFactName(AttributeSyntax attribute, out string fact)
    {
        fact = "";
        if (attribute.ArgumentList is not { Arguments.Count: 1 } arguments
            || arguments.Arguments[0] is not { NameEquals: null, NameColon: null, Expression: LiteralExpressionSyntax literal }
            || !literal.IsKind(SyntaxKind.StringLiteralExpression))
        {
            return false;
        }

        fact = literal.Token.ValueText;
        return true;
    }
}
