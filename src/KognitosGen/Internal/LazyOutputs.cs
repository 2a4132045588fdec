using System;
using System.Collections;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen;

/// <summary>
/// Stands for a run's outputs that were checked but not yet turned into <see cref="KognitosNameValue"/>s: they are
/// read from the run's raw body when first asked for. Typed binding reads the body itself, starting where the
/// outputs array was seen, and never asks.
/// </summary>
internal sealed class LazyOutputs : IReadOnlyList<KognitosNameValue>
{
    private LazyOutputs(int start) => Start = start;

    /// <summary>Where the outputs array starts in the JSON the run was read from; moved when that JSON is cut to the run.</summary>
    public int Start { get; set; }

    public int Count => 0;

    public KognitosNameValue this[int index] => throw new ArgumentOutOfRangeException(nameof(index));

    public IEnumerator<KognitosNameValue> GetEnumerator() => ((IEnumerable<KognitosNameValue>)Array.Empty<KognitosNameValue>()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>
    /// Reads an outputs array without building it: checks it has the shape a list of <see cref="KognitosNameValue"/>
    /// needs (so a bad body still fails when the run is read) and keeps where it starts.
    /// </summary>
    internal sealed class Converter : JsonConverter<IReadOnlyList<KognitosNameValue>>
    {
        public override IReadOnlyList<KognitosNameValue> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray)
                throw new JsonException($"\"outputs\" is a {reader.TokenType}, not an array.");
            var start = checked((int)reader.TokenStartIndex);
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType == JsonTokenType.Null)
                    continue;
                if (reader.TokenType != JsonTokenType.StartObject)
                    throw new JsonException($"An item of \"outputs\" is a {reader.TokenType}, not an object.");
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var isName = reader.ValueTextEquals("name"u8);
                    reader.Read();
                    if (isName && reader.TokenType is not (JsonTokenType.String or JsonTokenType.Null))
                        throw new JsonException($"The \"name\" of an item of \"outputs\" is a {reader.TokenType}, not a string.");
                    reader.Skip();
                }
            }

            return new LazyOutputs(start);
        }

        public override void Write(Utf8JsonWriter writer, IReadOnlyList<KognitosNameValue> value, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value as List<KognitosNameValue> ?? new List<KognitosNameValue>(value), KognitosJsonContext.Default.ListKognitosNameValue);
    }
}
