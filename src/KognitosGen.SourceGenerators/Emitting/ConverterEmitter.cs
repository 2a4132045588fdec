using System.Collections.Generic;
using System.Globalization;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Model;
using static KognitosGen.SourceGenerators.Emitting.RuntimeNames;

namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>
/// Names the runtime converter each property type is read and written with. Scalars and enums use the runtime's
/// shared instances; a composed converter (nullable, list, array, dictionary, user type) is built once into a static
/// field, one per distinct type, so the generated file holds no conversion logic of its own.
/// </summary>
internal sealed class ConverterEmitter
{
    private readonly string? _jsonContext;
    private readonly Dictionary<TypeSpec, string> _fields = new();
    private readonly List<(string Name, TypeSpec Type)> _order = new();

    public ConverterEmitter(string? jsonContext) => _jsonContext = jsonContext;

    /// <summary>An expression for the converter of <paramref name="type"/>; composed ones go through a static field.</summary>
    public string For(TypeSpec type)
    {
        if (!IsComposed(type))
            return Expression(type);
        if (!_fields.TryGetValue(type, out var name))
        {
            name = "__KognitosConverter" + _fields.Count.ToString(CultureInfo.InvariantCulture);
            _fields.Add(type, name);
            _order.Add((name, type));
        }

        return name;
    }

    /// <summary>Writes the static fields of the composed converters asked for so far.</summary>
    public void WriteFields(SourceWriter writer)
    {
        foreach (var (name, type) in _order)
            writer.Line($"private static readonly {Converter}<{type.DeclaredName}> {name} = {Expression(type)};");
    }

    private static bool IsComposed(TypeSpec type) => type.IsNullable || type.Kind is ValueKind.Collection or ValueKind.Dictionary or ValueKind.User;

    private string Expression(TypeSpec type)
    {
        if (type.IsNullable)
            return $"{Converters}.{(type.IsValueType ? "Nullable" : "OrNull")}({Expression(type with { IsNullable = false })})";
        return type.Kind switch
        {
            ValueKind.Enum => $"{Converters}.Enum<{type.TypeName}>()",
            ValueKind.User => $"{Converters}.User<{type.TypeName}>({_jsonContext}.Default)",
            ValueKind.Collection when type.Shape == CollectionShape.Array => $"{Converters}.Array({Expression(type.Element!)})",
            ValueKind.Collection => $"{Converters}.List<{type.TypeName}, {type.Element!.DeclaredName}>({Expression(type.Element!)})",
            ValueKind.Dictionary => $"{Converters}.Dictionary<{type.TypeName}, {type.Element!.DeclaredName}>({Expression(type.Element!)})",
            _ => $"{Converters}.{type.Kind}",
        };
    }
}
