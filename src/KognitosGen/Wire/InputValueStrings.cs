using System;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Rewrites a <c>POST /v2/runs</c> body so that every input value is a string (<see cref="KognitosInputValueForm.Strings"/>):
/// the generated code and the converters write values in their JSON types, and this one pass turns them into strings,
/// so neither needs to know the option.
/// </summary>
internal static class InputValueStrings
{
    // Relaxed escaping keeps a "+" of "1E+20" and the quotes of an object's text readable on the wire.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The body with each <c>inputs[].value</c> that is a number, boolean, object or array written as a string.</summary>
    public static PooledBufferWriter Rewrite(ReadOnlyMemory<byte> body)
    {
        using var document = JsonDocument.Parse(body);
        var output = new PooledBufferWriter(body.Length + 64);
        using var writer = new Utf8JsonWriter(output, WriterOptions);
        writer.WriteStartObject();
        foreach (var member in document.RootElement.EnumerateObject())
        {
            if (member.NameEquals("inputs") && member.Value.ValueKind == JsonValueKind.Array)
            {
                writer.WriteStartArray(member.Name);
                foreach (var input in member.Value.EnumerateArray())
                    WriteInput(writer, input);
                writer.WriteEndArray();
            }
            else
            {
                member.WriteTo(writer);
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        return output;
    }

    private static void WriteInput(Utf8JsonWriter writer, JsonElement input)
    {
        if (input.ValueKind != JsonValueKind.Object)
        {
            input.WriteTo(writer);
            return;
        }

        writer.WriteStartObject();
        foreach (var member in input.EnumerateObject())
        {
            if (!member.NameEquals("value"))
            {
                member.WriteTo(writer);
                continue;
            }

            writer.WritePropertyName(member.Name);
            switch (member.Value.ValueKind)
            {
                case JsonValueKind.String or JsonValueKind.Null:
                    member.Value.WriteTo(writer);
                    break;
                case JsonValueKind.True:
                    writer.WriteStringValue("true");
                    break;
                case JsonValueKind.False:
                    writer.WriteStringValue("false");
                    break;
                default:
                    // A number's JSON text is already invariant; an object's or array's is compact as the writers wrote it.
                    writer.WriteStringValue(member.Value.GetRawText());
                    break;
            }
        }

        writer.WriteEndObject();
    }
}
