using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// The type of a fact property, bound from the type as it is written, once per import scope of a compilation, instead
/// of asking the property symbol: that binds the property's whole signature under a lock, with a diagnostic bag, for
/// every property of every class, which was the largest cost left in a cold run. Classes whose files bring the same
/// names into scope (a project's processes nearly always do) share each type they spell the same way, in the same
/// nullable context. A type whose names something at type level could answer (a nested or inherited type, a type
/// parameter), a type written in a form the sharing does not cover, or one that does not bind cleanly is taken from
/// the property as before.
/// </summary>
internal sealed class PropertyTypeReader
{
    private readonly SemanticModel _targetModel;
    private readonly ImportsKeys _importsKeys;

    public PropertyTypeReader(SemanticModel targetModel, ImportsKeys importsKeys) => (_targetModel, _importsKeys) = (targetModel, importsKeys);

    public ITypeSymbol TypeOf(IPropertySymbol property, CancellationToken cancellationToken)
    {
        // A partial property's two parts may differ in nullability; the compiler decides which one counts.
        if (property.DeclaringSyntaxReferences.Length != 1)
            return property.Type;
        var written = property.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            PropertyDeclarationSyntax declared => declared.Type,
            ParameterSyntax { Type: { } type } => type,
            _ => null,
        };
        if (written is null || written.FirstAncestorOrSelf<TypeDeclarationSyntax>() is not { } declaration)
            return property.Type;

        var names = false;
        if (!Shareable(written, property.ContainingType, ref names))
            return property.Type;

        var model = written.SyntaxTree == _targetModel.SyntaxTree ? _targetModel : _targetModel.Compilation.GetSemanticModel(written.SyntaxTree);
        var annotations = (model.GetNullableContext(written.SpanStart) & NullableContext.AnnotationsEnabled) != 0;
        // Keywords mean the same everywhere; names mean what the file's imports make them.
        var scope = names ? _importsKeys.For(declaration) : "";
        var shared = _importsKeys.Shared;
        var key = shared.Keys.Start();
        key.Append(written);
        var text = key.ToKey();
        if (shared.TryGetType(scope, text, annotations, out var known) && known is not null)
            return known;

        // A type's own annotation is not part of what binding its syntax gives (its type arguments' are): a '?', or
        // else the nullable context for a reference type, says it.
        var bound = model.GetSpeculativeTypeInfo(written.SpanStart, written, SpeculativeBindingOption.BindAsTypeOrNamespace).Type;
        if (bound is null || HasError(bound))
            return property.Type;
        bound = bound.WithNullableAnnotation(
            written is NullableTypeSyntax ? NullableAnnotation.Annotated
            : annotations || bound.IsValueType ? NullableAnnotation.NotAnnotated
            : NullableAnnotation.None);

        shared.AddType(scope, text, annotations, bound);
        return bound;
    }

    /// <summary>
    /// Whether the meaning of <paramref name="type"/> depends only on the import scope and the nullable context: every
    /// simple name in it that is looked up in scope (the leftmost part of a qualified name, each type argument) is
    /// one that nothing at type level declares. <paramref name="names"/> says whether it has any such name.
    /// </summary>
    private static bool Shareable(TypeSyntax type, INamedTypeSymbol owner, ref bool names)
    {
        switch (type)
        {
            case PredefinedTypeSyntax:
                return true;
            case NullableTypeSyntax nullable:
                return Shareable(nullable.ElementType, owner, ref names);
            case ArrayTypeSyntax array:
                foreach (var rank in array.RankSpecifiers)
                {
                    foreach (var size in rank.Sizes)
                    {
                        if (!size.IsKind(SyntaxKind.OmittedArraySizeExpression))
                            return false;
                    }
                }

                return Shareable(array.ElementType, owner, ref names);
            case IdentifierNameSyntax identifier:
                names = true;
                return !IsContextual(identifier.Identifier.ValueText) && !ImportScopeNames.TypeLevelDeclares(owner, identifier.Identifier.ValueText);
            case GenericNameSyntax generic:
                names = true;
                return !ImportScopeNames.TypeLevelDeclares(owner, generic.Identifier.ValueText) && ArgumentsShareable(generic, owner, ref names);
            case QualifiedNameSyntax qualified:
                // Only the leftmost name is looked up in scope; the rest are members of what it found.
                return Shareable(qualified.Left, owner, ref names)
                    && (qualified.Right is not GenericNameSyntax right || ArgumentsShareable(right, owner, ref names));
            case AliasQualifiedNameSyntax aliased:
                // 'global::' or an extern alias, which the import scope's key includes.
                names = true;
                return aliased.Name is not GenericNameSyntax aliasedGeneric || ArgumentsShareable(aliasedGeneric, owner, ref names);
            default:
                return false;
        }
    }

    private static bool ArgumentsShareable(GenericNameSyntax generic, INamedTypeSymbol owner, ref bool names)
    {
        foreach (var argument in generic.TypeArgumentList.Arguments)
        {
            if (!Shareable(argument, owner, ref names))
                return false;
        }

        return true;
    }

    // Names that mean a type only in some places, or mean one without any declaration: left to the compiler.
    private static bool IsContextual(string name) => name is "dynamic" or "var" or "nint" or "nuint" or "unmanaged" or "notnull";

    private static bool HasError(ITypeSymbol type) => type switch
    {
        { TypeKind: TypeKind.Error } => true,
        IArrayTypeSymbol array => HasError(array.ElementType),
        INamedTypeSymbol { IsGenericType: true } generic => AnyError(generic),
        _ => false,
    };

    private static bool AnyError(INamedTypeSymbol generic)
    {
        foreach (var argument in generic.TypeArguments)
        {
            if (HasError(argument))
                return true;
        }

        return false;
    }
}
