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
}
