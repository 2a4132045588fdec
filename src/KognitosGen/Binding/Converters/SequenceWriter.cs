using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>Writes any sequence as a JSON array; arrays and lists without an enumerator allocation.</summary>
internal static class SequenceWriter
{
    public static void Write<T>(Utf8JsonWriter writer, IEnumerable<T> items, KognitosValueConverter<T> item)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
        if (items is null)
            throw new ArgumentNullException(nameof(items));
        writer.WriteStartArray();
        switch (items)
        {
            case T[] array:
                foreach (var value in array)
                    item.Write(writer, value);
                break;
            case List<T> list:
                foreach (var value in list)
                    item.Write(writer, value);
                break;
            default:
                foreach (var value in items)
                    item.Write(writer, value);
                break;
        }

        writer.WriteEndArray();
    }
}
