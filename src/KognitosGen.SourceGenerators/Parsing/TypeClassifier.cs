using Microsoft.CodeAnalysis;
using KognitosGen.SourceGenerators.Model;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>Decides how a property type is written and read, or why it cannot be.</summary>
internal static class TypeClassifier
{
    // Namespaces as their parts, innermost last; made once (a params array per check showed in allocation traces).
    private static readonly string[] SystemNamespace = { "System" };
    private static readonly string[] CollectionsGeneric = { "System", "Collections", "Generic" };
    private static readonly string[] TextJson = { "System", "Text", "Json" };
    private static readonly string[] KognitosGenNamespace = { "KognitosGen" };

    private static readonly SymbolDisplayFormat QualifiedWithNullability = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    private static readonly SymbolDisplayFormat ShortWithNullability = SymbolDisplayFormat.MinimallyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <summary>The spec of <paramref name="type"/>, or null with the reason in <paramref name="problem"/>.</summary>
    /// <param name="type">The property or element type.</param>
    /// <param name="hasJsonContext">Whether the process names a JsonSerializerContext for other types.</param>
    /// <param name="problem">Why the type is unsupported; null (with a null result) when the type does not even compile.</param>
    public static TypeSpec? Classify(ITypeSymbol type, bool hasJsonContext, out string? problem)
    {
        problem = null;
        if (type.TypeKind == TypeKind.Error)
            return null;

        if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
        {
            var inner = Classify(nullable.TypeArguments[0], hasJsonContext, out problem);
            return inner is null ? null : inner with { IsNullable = true, DisplayName = inner.DisplayName + "?" };
        }

        var isNullable = type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated;
        var scalar = ScalarKind(type);
        // Most property types are scalars with fixed names: spelled here rather than formatted, which costs more
        // than the rest of the classification.
        if (scalar is { } known && ScalarNames(type, known) is var (scalarName, scalarDisplay))
            return new TypeSpec(scalarName, known, isNullable, type.IsValueType, isNullable ? scalarDisplay + "?" : scalarDisplay);

        var display = type.ToDisplayString(ShortWithNullability);
        var name = type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(QualifiedWithNullability);
        if (scalar is { } other)
            return new TypeSpec(name, other, isNullable, type.IsValueType, display);

        if (type is IArrayTypeSymbol array)
        {
            if (array.Rank != 1)
            {
                problem = "only one-dimensional arrays are supported";
                return null;
            }

            return Sequence(name, isNullable, display, CollectionShape.Array, array.ElementType, hasJsonContext, out problem);
        }

        if (type is INamedTypeSymbol { IsGenericType: true } generic && InNamespace(generic, CollectionsGeneric))
        {
            var arguments = generic.TypeArguments;
            switch (generic.MetadataName)
            {
                case "List`1" or "IList`1" or "ICollection`1" or "IEnumerable`1" or "IReadOnlyList`1" or "IReadOnlyCollection`1":
                    return Sequence(name, isNullable, display, CollectionShape.List, arguments[0], hasJsonContext, out problem);
                case "Dictionary`2" or "IDictionary`2" or "IReadOnlyDictionary`2":
                    if (arguments[0].SpecialType != SpecialType.System_String)
                    {
                        problem = "dictionary keys must be strings, as JSON object keys are";
                        return null;
                    }

                    return Sequence(name, isNullable, display, CollectionShape.Dictionary, arguments[1], hasJsonContext, out problem);
            }
        }

        if (type.SpecialType == SpecialType.System_Object || type.TypeKind == TypeKind.Dynamic)
        {
            problem = "use System.Text.Json.JsonElement for a value of any shape";
            return null;
        }

        if (type.TypeKind is TypeKind.Pointer or TypeKind.FunctionPointer or TypeKind.Delegate or TypeKind.TypeParameter)
        {
            problem = "it has no JSON form";
            return null;
        }

        if (IsKognitosFile(type))
        {
            problem = "a KognitosFile is uploaded, not sent as a value: mark the property [KognitosFile] instead";
            return null;
        }

        if (hasJsonContext && type.TypeKind is TypeKind.Class or TypeKind.Struct or TypeKind.Interface)
            return new TypeSpec(name, ValueKind.User, isNullable, type.IsValueType, display);

        problem = "name a System.Text.Json JsonSerializerContext that includes it with JsonContext = typeof(...) on [KognitosProcess]";
        return null;
    }

    public static bool IsKognitosFile(ITypeSymbol type) =>
        type is INamedTypeSymbol { Name: "KognitosFile" } named && InNamespace(named, KognitosGenNamespace);

    /// <summary>Whether <paramref name="type"/> is KognitosFile or a list-like collection of it.</summary>
    public static bool IsFileCollection(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol { Rank: 1 } array)
            return IsKognitosFile(array.ElementType);
        return type is INamedTypeSymbol { IsGenericType: true } generic
            && InNamespace(generic, CollectionsGeneric)
            && generic.MetadataName is "List`1" or "IList`1" or "ICollection`1" or "IEnumerable`1" or "IReadOnlyList`1" or "IReadOnlyCollection`1"
            && IsKognitosFile(generic.TypeArguments[0]);
    }

    private static TypeSpec? Sequence(
        string name, bool isNullable, string display, CollectionShape shape, ITypeSymbol elementType, bool hasJsonContext, out string? problem)
    {
        var element = Classify(elementType, hasJsonContext, out problem);
        if (element is null)
        {
            if (problem is not null)
                problem = $"its element type '{elementType.ToDisplayString(ShortWithNullability)}' is not supported ({problem})";
            return null;
        }

        var kind = shape == CollectionShape.Dictionary ? ValueKind.Dictionary : ValueKind.Collection;
        return new TypeSpec(name, kind, isNullable, IsValueType: false, display, shape, element);
    }

    /// <summary>The fully qualified and the short spelling of a scalar that is not an enum, as the display formats give them.</summary>
    private static (string Name, string Display)? ScalarNames(ITypeSymbol type, ValueKind kind)
    {
        if (kind is ValueKind.Enum)
            return null;
        return type.SpecialType switch
        {
            SpecialType.System_String => ("string", "string"),
            SpecialType.System_Boolean => ("bool", "bool"),
            SpecialType.System_Byte => ("byte", "byte"),
            SpecialType.System_SByte => ("sbyte", "sbyte"),
            SpecialType.System_Int16 => ("short", "short"),
            SpecialType.System_UInt16 => ("ushort", "ushort"),
            SpecialType.System_Int32 => ("int", "int"),
            SpecialType.System_UInt32 => ("uint", "uint"),
            SpecialType.System_Int64 => ("long", "long"),
            SpecialType.System_UInt64 => ("ulong", "ulong"),
            SpecialType.System_Single => ("float", "float"),
            SpecialType.System_Double => ("double", "double"),
            SpecialType.System_Decimal => ("decimal", "decimal"),
            _ when kind is ValueKind.JsonElement => ("global::System.Text.Json.JsonElement", "JsonElement"),
            _ => ("global::System." + type.Name, type.Name),
        };
    }

    private static ValueKind? ScalarKind(ITypeSymbol type)
    {
        switch (type.SpecialType)
        {
            case SpecialType.System_String: return ValueKind.String;
            case SpecialType.System_Boolean: return ValueKind.Boolean;
            case SpecialType.System_Byte: return ValueKind.Byte;
            case SpecialType.System_SByte: return ValueKind.SByte;
            case SpecialType.System_Int16: return ValueKind.Int16;
            case SpecialType.System_UInt16: return ValueKind.UInt16;
            case SpecialType.System_Int32: return ValueKind.Int32;
            case SpecialType.System_UInt32: return ValueKind.UInt32;
            case SpecialType.System_Int64: return ValueKind.Int64;
            case SpecialType.System_UInt64: return ValueKind.UInt64;
            case SpecialType.System_Single: return ValueKind.Single;
            case SpecialType.System_Double: return ValueKind.Double;
            case SpecialType.System_Decimal: return ValueKind.Decimal;
            case SpecialType.System_DateTime: return ValueKind.DateTime;
        }

        if (type.TypeKind == TypeKind.Enum)
            return ValueKind.Enum;
        if (type is not INamedTypeSymbol { IsGenericType: false } named)
            return null;
        if (InNamespace(named, SystemNamespace))
        {
            return named.Name switch
            {
                "DateTimeOffset" => ValueKind.DateTimeOffset,
                "DateOnly" => ValueKind.DateOnly,
                "TimeOnly" => ValueKind.TimeOnly,
                "TimeSpan" => ValueKind.TimeSpan,
                "Guid" => ValueKind.Guid,
                "Uri" => ValueKind.Uri,
                _ => null,
            };
        }

        return named.Name == "JsonElement" && InNamespace(named, TextJson) ? ValueKind.JsonElement : null;
    }

    private static bool InNamespace(ISymbol symbol, string[] parts)
    {
        if (symbol.ContainingType is not null)
            return false;
        var current = symbol.ContainingNamespace;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            if (current is null || current.Name != parts[i])
                return false;
            current = current.ContainingNamespace;
        }

        return current is { IsGlobalNamespace: true };
    }
}
