using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// A JSON object as a string-keyed <typeparamref name="TDictionary"/>: read into a
/// <see cref="Dictionary{TKey, TValue}"/> with ordinal keys, written from any sequence of pairs.
/// </summary>
internal sealed class DictionaryConverter<TDictionary, T> : KognitosValueConverter<TDictionary>
    where TDictionary : class, IEnumerable<KeyValuePair<string, T>>
{
    private readonly KognitosValueConverter<T> _value;

    public DictionaryConverter(KognitosValueConverter<T> value)
    {
        _value = value ?? throw new ArgumentNullException(nameof(value));
        if (!typeof(TDictionary).IsAssignableFrom(typeof(Dictionary<string, T>)))
            throw new ArgumentException($"An object is read as Dictionary<string, {typeof(T).Name}>, which is not a {typeof(TDictionary).Name}.", nameof(value));
    }

    public override bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out TDictionary value)
    {
        value = null;
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        var items = new Dictionary<string, T>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            if (!reader.Read() || !_value.TryRead(ref reader, out var item))
                return false;
            items[key] = item;
        }

        value = (TDictionary)(object)items;
        return true;
    }

    public override void Write(Utf8JsonWriter writer, TDictionary value)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
        if (value is null)
            throw new ArgumentNullException(nameof(value));
        writer.WriteStartObject();
        if (value is Dictionary<string, T> dictionary)
        {
            foreach (var pair in dictionary)
                WritePair(writer, pair);
        }
        else
        {
            foreach (var pair in value)
                WritePair(writer, pair);
        }

        writer.WriteEndObject();
    }

    private void WritePair(Utf8JsonWriter writer, KeyValuePair<string, T> pair)
    {
        writer.WritePropertyName(pair.Key);
        _value.Write(writer, pair.Value);
    }
}
