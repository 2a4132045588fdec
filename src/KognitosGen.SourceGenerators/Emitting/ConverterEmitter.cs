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
    // The shared instance of each scalar kind, spelled once for every file.
    private static readonly string[] ScalarConverters = ScalarNames();

    private readonly string? _jsonContext;
    // Keyed by what the converter depends on: a type and the same type made non-nullable share one field.
    private readonly Dictionary<(string TypeName, ValueKind Kind, CollectionShape Shape, TypeSpec? Element, bool Nullable), string> _fields = new();
    private readonly List<(string Name, TypeSpec Type, bool Nullable)> _order = new();

    public ConverterEmitter(string? jsonContext) => _jsonContext = jsonContext;

    /// <summary>
    /// An expression for the converter of <paramref name="type"/> (without its nullability when
    /// <paramref name="ignoreNullable"/>); composed ones go through a static field.
    /// </summary>
    public string For(TypeSpec type, bool ignoreNullable = false)
    {
        var nullable = type.IsNullable && !ignoreNullable;
        if (!nullable && type.Kind is not (ValueKind.Collection or ValueKind.Dictionary or ValueKind.User))
            return Expression(type, nullable: false);
        var key = (type.TypeName, type.Kind, type.Shape, type.Element, nullable);
        if (!_fields.TryGetValue(key, out var name))
        {
            name = "__KognitosConverter" + _fields.Count.ToString(CultureInfo.InvariantCulture);
            _fields.Add(key, name);
            _order.Add((name, type, nullable));
        }

        return name;
    }

    /// <summary>Writes the static fields of the composed converters asked for so far.</summary>
    public void WriteFields(SourceWriter writer)
    {
        foreach (var (name, type, nullable) in _order)
            writer.Line($"private static readonly {Converter}<{(nullable ? type.DeclaredName : type.TypeName)}> {name} = {Expression(type, nullable)};");
    }

    private string Expression(TypeSpec type, bool nullable)
    {
        if (nullable)
            return Converters + (type.IsValueType ? ".Nullable(" : ".OrNull(") + Expression(type, nullable: false) + ")";
        return type.Kind switch
        {
            ValueKind.Enum => Converters + ".Enum<" + type.TypeName + ">()",
            ValueKind.User => Converters + ".User<" + type.TypeName + ">(" + _jsonContext + ".Default)",
            ValueKind.Collection when type.Shape == CollectionShape.Array => Converters + ".Array(" + Element(type) + ")",
            ValueKind.Collection => Converters + ".List<" + type.TypeName + ", " + type.Element!.DeclaredName + ">(" + Element(type) + ")",
            ValueKind.Dictionary => Converters + ".Dictionary<" + type.TypeName + ", " + type.Element!.DeclaredName + ">(" + Element(type) + ")",
            _ => ScalarConverters[(int)type.Kind],
        };
    }

    private string Element(TypeSpec type) => Expression(type.Element!, type.Element!.IsNullable);

    private static string[] ScalarNames()
    {
        var names = new string[(int)ValueKind.User + 1];
        for (var kind = ValueKind.String; kind <= ValueKind.User; kind++)
            names[(int)kind] = Converters + "." + kind.ToString();
        return names;
    }
}
