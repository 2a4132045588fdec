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

    internal override bool TryReadJson(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out TDictionary value)
    {
        if (TryReadText(json, out var items))
        {
            value = (TDictionary)(object)items;
            return true;
        }

        return base.TryReadJson(json, out value);
    }

    // An object of scalars with plain keys, from its text; false leaves it to the reader (see FlatJson).
    private bool TryReadText(ReadOnlySpan<byte> json, out Dictionary<string, T> items)
    {
        items = null!;
#if NET8_0_OR_GREATER
        if (!FlatJson.TryObject(json, out var members))
            return false;
        var read = new Dictionary<string, T>(StringComparer.Ordinal);
        bool stop;
        while (members.TryNext(out var key, out var text, out stop))
        {
            // A key that is not UTF-8 is left to the reader, which refuses it as it always did.
            if (!JsonText.TryUtf8(key, out var name) || !_value.TryReadJson(text, out var item))
                return false;
            read[name] = item;
        }

        if (stop)
            return false;
        items = read;
        return true;
#else
        return false;
#endif
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
