using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace KognitosGen.Emulator;

/// <summary>Builds standalone <see cref="JsonElement"/>s (safe to share across threads) without reflection.</summary>
internal static class JsonElements
{
    public static JsonElement Null { get; } = Build(static w => w.WriteNullValue());

    public static JsonElement FromNode(JsonNode? node) => Build(w =>
    {
        if (node is null)
            w.WriteNullValue();
        else
            node.WriteTo(w);
    });

    public static JsonElement StringArray(IReadOnlyList<string> values) => Build(w =>
    {
        w.WriteStartArray();
        foreach (var value in values)
            w.WriteStringValue(value);
        w.WriteEndArray();
    });

    public static JsonElement Number(int value) => Build(w => w.WriteNumberValue(value));

    private static JsonElement Build(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        using var document = JsonDocument.Parse(buffer.WrittenMemory);
        return document.RootElement.Clone();
    }
}
