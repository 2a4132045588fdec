using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>A JSON array as a <typeparamref name="T"/>[].</summary>
internal sealed class ArrayConverter<T> : KognitosValueConverter<T[]>
{
    private readonly KognitosValueConverter<T> _item;

    public ArrayConverter(KognitosValueConverter<T> item) => _item = item ?? throw new ArgumentNullException(nameof(item));

    public override bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out T[] value)
    {
        value = null;
        if (!SequenceReader.TryRead(ref reader, _item, out var items))
            return false;
        value = items.ToArray();
        return true;
    }

    internal override bool TryReadJson(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out T[] value)
    {
        if (SequenceReader.TryReadText(json, _item, out var items))
        {
            value = items.ToArray();
            return true;
        }

        return base.TryReadJson(json, out value);
    }

    public override void Write(Utf8JsonWriter writer, T[] value) => SequenceWriter.Write(writer, value, _item);
}
