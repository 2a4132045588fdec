using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.RunStart;

/// <summary>
/// The hash a ledger keeps of a start's inputs: SHA-256 of their canonical JSON (inputs sorted by name, object
/// properties sorted by name, no whitespace, numbers and strings as the generated code wrote them), so the same inputs
/// hash alike in every process and order. Written by the process's generated code: no reflection.
/// </summary>
internal static class InputsHash
{
    private const string Prefix = "sha256:";

    public static string Of(IKognitosProcess process)
    {
        using var written = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(written))
        {
            writer.WriteStartArray();
            process.WriteInputs(writer);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(written.Written.AsMemory());
        var inputs = new List<JsonElement>();
        foreach (var input in document.RootElement.EnumerateArray())
            inputs.Add(input);
        inputs.Sort((a, b) => string.CompareOrdinal(NameOf(a), NameOf(b)));

        using var canonical = new PooledBufferWriter();
        using (var writer = new Utf8JsonWriter(canonical))
        {
            writer.WriteStartArray();
            foreach (var input in inputs)
                WriteCanonical(writer, input);
            writer.WriteEndArray();
        }

        byte[] hash;
        using (var sha = SHA256.Create())
            hash = sha.ComputeHash(canonical.Written.Array!, canonical.Written.Offset, canonical.Written.Count);
        var text = new StringBuilder(Prefix, Prefix.Length + hash.Length * 2);
        foreach (var b in hash)
            text.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        return text.ToString();
    }

    private static string? NameOf(JsonElement input) =>
        input.ValueKind == JsonValueKind.Object && input.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null;

    private static void WriteCanonical(Utf8JsonWriter writer, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var properties = new List<JsonProperty>();
                foreach (var property in element.EnumerateObject())
                    properties.Add(property);
                properties.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
                writer.WriteStartObject();
                foreach (var property in properties)
                {
                    writer.WritePropertyName(property.Name);
                    WriteCanonical(writer, property.Value);
                }

                writer.WriteEndObject();
                break;
            case JsonValueKind.Array:
                writer.WriteStartArray();
                foreach (var item in element.EnumerateArray())
                    WriteCanonical(writer, item);
                writer.WriteEndArray();
                break;
            default:
                element.WriteTo(writer);
                break;
        }
    }
}
