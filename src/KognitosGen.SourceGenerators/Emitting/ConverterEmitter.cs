using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Model;
using static KognitosGen.SourceGenerators.Emitting.RuntimeNames;

namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>
/// Names the runtime converter each property type is read and written with. Scalars and enums use the runtime's
/// shared instances; a composed converter (nullable, list, array, dictionary, user type) is built once into a static
/// field, one per distinct type, so the generated file holds no conversion logic of its own. Converters are written
/// into the text in place, not made into strings first, with break marks: only into wrapped lines.
/// </summary>
internal sealed class ConverterEmitter
{
    private const string FieldPrefix = "__KognitosConverter";

    // The shared instance of each scalar kind, spelled once for every file.
    private static readonly string[] ScalarConverters = ScalarNames();

    private readonly string? _jsonContext;
    // The composed converters asked for so far, in field order; a class has a few, so a scan finds one.
    private List<(TypeSpec Type, bool Nullable)>? _fields;

    public ConverterEmitter(string? jsonContext) => _jsonContext = jsonContext;

    /// <summary>
    /// The converter of <paramref name="type"/> (without its nullability when <paramref name="ignoreNullable"/>);
    /// composed ones through a static field.
    /// </summary>
    public Reference For(TypeSpec type, bool ignoreNullable = false)
    {
        var nullable = type.IsNullable && !ignoreNullable;
        if (!nullable && type.Kind is not (ValueKind.Collection or ValueKind.Dictionary or ValueKind.User))
            return new Reference(this, type, nullable: false, field: -1);
        return new Reference(this, type, nullable, FieldFor(type, nullable));
    }

    /// <summary>Writes the static fields of the composed converters asked for so far.</summary>
    public void WriteFields(SourceWriter writer)
    {
        if (_fields is null)
            return;
        for (var i = 0; i < _fields.Count; i++)
        {
            var (type, nullable) = _fields[i];
            // Too long for a line: the type (with the name) and the converter on lines of their own.
            writer.Wrapped($"private static readonly {Converter}<{Breaks.Open}{type.TypeName}{(nullable ? "?" : "")}>{Breaks.OpenSpaced}{FieldPrefix}{i} ={Breaks.Close}{Breaks.Close}"
                + $"{Breaks.OpenSpaced}{new Reference(this, type, nullable, field: -1)};{Breaks.Close}");
        }
    }

    // A type and the same type made non-nullable share one field: the key is what the converter depends on.
    private int FieldFor(TypeSpec type, bool nullable)
    {
        _fields ??= new List<(TypeSpec, bool)>(4);
        for (var i = 0; i < _fields.Count; i++)
        {
            var (known, knownNullable) = _fields[i];
            if (knownNullable == nullable && known.Kind == type.Kind && known.Shape == type.Shape
                && known.TypeName == type.TypeName && Equals(known.Element, type.Element))
            {
                return i;
            }
        }

        _fields.Add((type, nullable));
        return _fields.Count - 1;
    }

    private void WriteExpression(StringBuilder builder, TypeSpec type, bool nullable)
    {
        // Break marks around type and call arguments let a long converter field break there (see LineLayout).
        if (nullable)
        {
            builder.Append(Converters).Append(type.IsValueType ? ".Nullable(" : ".OrNull(").Append(LineLayout.Open);
            WriteExpression(builder, type, nullable: false);
            builder.Append(LineLayout.Close).Append(')');
            return;
        }

        switch (type.Kind)
        {
            case ValueKind.Enum:
                builder.Append(Converters).Append(".Enum<").Append(type.TypeName).Append(">()");
                break;
            case ValueKind.User:
                builder.Append(Converters).Append(".User<").Append(LineLayout.Open).Append(type.TypeName).Append(LineLayout.Close)
                    .Append(">(").Append(LineLayout.Open).Append(_jsonContext).Append(".Default").Append(LineLayout.Close).Append(')');
                break;
            case ValueKind.Collection when type.Shape == CollectionShape.Array:
                builder.Append(Converters).Append(".Array(");
                WriteElement(builder, type);
                break;
            case ValueKind.Collection or ValueKind.Dictionary:
                builder.Append(Converters).Append(type.Kind == ValueKind.Collection ? ".List<" : ".Dictionary<").Append(LineLayout.Open)
                    .Append(type.TypeName).Append(LineLayout.Comma);
                new DeclaredType(type.Element!).WriteTo(builder);
                builder.Append(LineLayout.Close).Append(">(");
                WriteElement(builder, type);
                break;
            default:
                builder.Append(ScalarConverters[(int)type.Kind]);
                break;
        }
    }

    private void WriteElement(StringBuilder builder, TypeSpec type)
    {
        builder.Append(LineLayout.Open);
        WriteExpression(builder, type.Element!, type.Element!.IsNullable);
        builder.Append(LineLayout.Close).Append(')');
    }

    private static string[] ScalarNames()
    {
        var names = new string[(int)ValueKind.User + 1];
        for (var kind = ValueKind.String; kind <= ValueKind.User; kind++)
            names[(int)kind] = Converters + "." + kind.ToString();
        return names;
    }

    /// <summary>A converter as generated code names it: its static field, or the expression that makes it.</summary>
    public readonly struct Reference : ISourceFragment
    {
        private readonly ConverterEmitter _emitter;
        private readonly TypeSpec _type;
        private readonly bool _nullable;
        private readonly int _field;

        public Reference(ConverterEmitter emitter, TypeSpec type, bool nullable, int field) =>
            (_emitter, _type, _nullable, _field) = (emitter, type, nullable, field);

        public void WriteTo(StringBuilder builder)
        {
            if (_field is >= 0 and < 10)
                builder.Append(FieldPrefix).Append((char)('0' + _field));
            else if (_field >= 10)
                builder.Append(FieldPrefix).Append(_field.ToString(CultureInfo.InvariantCulture));
            else
                _emitter.WriteExpression(builder, _type, _nullable);
        }
    }
}
