using System.Collections.Generic;
using KognitosGen.SourceGenerators.Helpers;
using KognitosGen.SourceGenerators.Model;
using static KognitosGen.SourceGenerators.Emitting.RuntimeNames;

namespace KognitosGen.SourceGenerators.Emitting;

/// <summary>
/// Generates one private reader and one private writer method per distinct type a process uses (nested
/// element types included), so nested collections need no special casing at the call site.
/// </summary>
internal sealed class ValueCodeEmitter
{
    private readonly string? _jsonContext;
    private readonly Dictionary<TypeSpec, string> _readers = new();
    private readonly Dictionary<TypeSpec, string> _writers = new();
    private readonly Dictionary<TypeSpec, string> _typeInfos = new();
    private readonly List<(string Name, TypeSpec Type)> _pendingReaders = new();
    private readonly List<(string Name, TypeSpec Type)> _pendingWriters = new();

    public ValueCodeEmitter(string? jsonContext) => _jsonContext = jsonContext;

    /// <summary>The name of a method <c>bool M(ref Utf8JsonReader reader, out T value)</c> for <paramref name="type"/>.</summary>
    public string Reader(TypeSpec type) => NameFor(type, _readers, _pendingReaders, "__KognitosRead");

    /// <summary>The name of a method <c>void M(Utf8JsonWriter writer, T value)</c> for <paramref name="type"/>.</summary>
    public string Writer(TypeSpec type) => NameFor(type, _writers, _pendingWriters, "__KognitosWrite");

    private static string NameFor(TypeSpec type, Dictionary<TypeSpec, string> names, List<(string Name, TypeSpec Type)> pending, string prefix)
    {
        if (!names.TryGetValue(type, out var name))
        {
            name = prefix + names.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            names.Add(type, name);
            pending.Add((name, type));
        }

        return name;
    }

    /// <summary>Writes every method asked for so far, and those they in turn need.</summary>
    public void WriteMethods(SourceWriter writer)
    {
        for (var i = 0; i < _pendingReaders.Count; i++)
            WriteReader(writer, _pendingReaders[i].Name, _pendingReaders[i].Type);
        for (var i = 0; i < _pendingWriters.Count; i++)
            WriteWriter(writer, _pendingWriters[i].Name, _pendingWriters[i].Type);
        foreach (var pair in _typeInfos)
        {
            writer.Line($"private static {TypeInfo}<{pair.Key.TypeName}>? {pair.Value}Cache;");
            writer.Line();
            writer.Line($"private static {TypeInfo}<{pair.Key.TypeName}> {pair.Value} =>");
            writer.Line($"    {pair.Value}Cache ??= {Read}.TypeInfo<{pair.Key.TypeName}>({_jsonContext}.Default);");
            writer.Line();
        }
    }

    private void WriteReader(SourceWriter writer, string name, TypeSpec type)
    {
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"private static bool {name}(ref {JsonReader} reader, out {type.DeclaredName} value)"))
        {
            if (type.IsNullable)
            {
                using (writer.Block($"if (reader.TokenType == {TokenType}.Null)"))
                {
                    writer.Line("value = null;");
                    writer.Line("return true;");
                }

                var inner = type with { IsNullable = false };
                writer.Line($"var found = {Reader(inner)}(ref reader, out var inner);");
                writer.Line("value = inner;");
                writer.Line("return found;");
            }
            else
            {
                switch (type.Kind)
                {
                    case ValueKind.Collection:
                        WriteCollectionReader(writer, type);
                        break;
                    case ValueKind.Dictionary:
                        WriteDictionaryReader(writer, type);
                        break;
                    default:
                        writer.Line($"var found = {ScalarRead(type)};");
                        writer.Line("value = inner!;");
                        writer.Line("return found;");
                        break;
                }
            }
        }

        writer.Line();
    }

    private void WriteCollectionReader(SourceWriter writer, TypeSpec type)
    {
        var element = type.Element!;
        using (writer.Block($"if (reader.TokenType != {TokenType}.StartArray)"))
        {
            writer.Line("value = default!;");
            writer.Line("return false;");
        }

        writer.Line($"var items = new {List}<{element.DeclaredName}>();");
        using (writer.Block($"while (reader.Read() && reader.TokenType != {TokenType}.EndArray)"))
        {
            using (writer.Block($"if (!{Reader(element)}(ref reader, out var item))"))
            {
                writer.Line("value = default!;");
                writer.Line("return false;");
            }

            writer.Line("items.Add(item);");
        }

        writer.Line(type.Shape == CollectionShape.Array ? "value = items.ToArray();" : "value = items;");
        writer.Line("return true;");
    }

    private void WriteDictionaryReader(SourceWriter writer, TypeSpec type)
    {
        var element = type.Element!;
        using (writer.Block($"if (reader.TokenType != {TokenType}.StartObject)"))
        {
            writer.Line("value = default!;");
            writer.Line("return false;");
        }

        writer.Line($"var items = new {Dictionary}<string, {element.DeclaredName}>(global::System.StringComparer.Ordinal);");
        using (writer.Block($"while (reader.Read() && reader.TokenType == {TokenType}.PropertyName)"))
        {
            writer.Line("var key = reader.GetString()!;");
            using (writer.Block($"if (!reader.Read() || !{Reader(element)}(ref reader, out var item))"))
            {
                writer.Line("value = default!;");
                writer.Line("return false;");
            }

            writer.Line("items[key] = item;");
        }

        writer.Line("value = items;");
        writer.Line("return true;");
    }

    private string ScalarRead(TypeSpec type) => type.Kind switch
    {
        ValueKind.Enum => $"{Read}.TryEnum<{type.TypeName}>(ref reader, out var inner)",
        ValueKind.User => $"{Read}.TryUser<{type.TypeName}>(ref reader, {TypeInfoProperty(type)}, out var inner)",
        _ => $"{Read}.Try{type.Kind}(ref reader, out var inner)",
    };

    private void WriteWriter(SourceWriter writer, string name, TypeSpec type)
    {
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"private static void {name}({JsonWriter} writer, {type.DeclaredName} value)"))
        {
            if (type.IsNullable)
            {
                using (writer.Block("if (value is null)"))
                {
                    writer.Line("writer.WriteNullValue();");
                    writer.Line("return;");
                }

                var inner = type with { IsNullable = false };
                writer.Line($"{Writer(inner)}(writer, value{(type.IsValueType ? ".Value" : "")});");
            }
            else
            {
                switch (type.Kind)
                {
                    case ValueKind.Collection:
                        writer.Line("writer.WriteStartArray();");
                        using (writer.Block("foreach (var item in value)"))
                            writer.Line($"{Writer(type.Element!)}(writer, item);");
                        writer.Line("writer.WriteEndArray();");
                        break;
                    case ValueKind.Dictionary:
                        writer.Line("writer.WriteStartObject();");
                        using (writer.Block("foreach (var pair in value)"))
                        {
                            writer.Line("writer.WritePropertyName(pair.Key);");
                            writer.Line($"{Writer(type.Element!)}(writer, pair.Value);");
                        }

                        writer.Line("writer.WriteEndObject();");
                        break;
                    default:
                        writer.Line(ScalarWrite(type) + ";");
                        break;
                }
            }
        }

        writer.Line();
    }

    private string ScalarWrite(TypeSpec type) => type.Kind switch
    {
        ValueKind.String => "writer.WriteStringValue(value)",
        ValueKind.Boolean => "writer.WriteBooleanValue(value)",
        ValueKind.Byte or ValueKind.SByte or ValueKind.Int16 or ValueKind.UInt16 or ValueKind.Int32 or ValueKind.UInt32
            or ValueKind.Int64 or ValueKind.UInt64 or ValueKind.Decimal => "writer.WriteNumberValue(value)",
        ValueKind.Enum => $"{Write}.Enum<{type.TypeName}>(writer, value)",
        ValueKind.User => $"{Write}.User<{type.TypeName}>(writer, value, {TypeInfoProperty(type)})",
        _ => $"{Write}.{type.Kind}(writer, value)",
    };

    private string TypeInfoProperty(TypeSpec type)
    {
        var key = type with { IsNullable = false };
        if (!_typeInfos.TryGetValue(key, out var name))
        {
            name = "__KognitosTypeInfo" + _typeInfos.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _typeInfos.Add(key, name);
        }

        return name;
    }
}
