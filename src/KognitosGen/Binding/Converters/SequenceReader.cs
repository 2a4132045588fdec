using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>Reads a JSON array item by item through an item converter; what list and array converters share.</summary>
internal static class SequenceReader
{
    public static bool TryRead<T>(ref Utf8JsonReader reader, KognitosValueConverter<T> item, out List<T> items)
    {
        items = null!;
        if (reader.TokenType != JsonTokenType.StartArray)
            return false;
        var read = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (!item.TryRead(ref reader, out var value))
                return false;
            read.Add(value);
        }

        items = read;
        return true;
    }

    /// <summary>
    /// Reads an array of scalars from its text, each item through the item converter's text read; false when the
    /// text is not such an array or an item is not read so (the caller then reads the array with a reader).
    /// </summary>
    public static bool TryReadText<T>(ReadOnlySpan<byte> json, KognitosValueConverter<T> item, out List<T> items)
    {
        items = null!;
#if NET8_0_OR_GREATER
        if (!FlatJson.TryArray(json, out var elements))
            return false;
        var read = new List<T>();
        bool stop;
        while (elements.TryNext(out _, out var text, out stop))
        {
            if (!item.TryReadJson(text, out var value))
                return false;
            read.Add(value);
        }

        if (stop)
            return false;
        items = read;
        return true;
#else
        // Without a UTF-8 check of their own, strings are read with a reader on this target: one for the whole array.
        return false;
#endif
    }
}
