using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>
/// A JSON array as <typeparamref name="TCollection"/>: read into a <see cref="List{T}"/> (which every list-like
/// property type the generator accepts is assignable from), written from any sequence.
/// </summary>
internal sealed class ListConverter<TCollection, T> : KognitosValueConverter<TCollection>
    where TCollection : class, IEnumerable<T>
{
    private readonly KognitosValueConverter<T> _item;

    public ListConverter(KognitosValueConverter<T> item)
    {
        _item = item ?? throw new ArgumentNullException(nameof(item));
        if (!typeof(TCollection).IsAssignableFrom(typeof(List<T>)))
            throw new ArgumentException($"A list is read as List<{typeof(T).Name}>, which is not a {typeof(TCollection).Name}.", nameof(item));
    }

    public override bool TryRead(ref Utf8JsonReader reader, [MaybeNullWhen(false)] out TCollection value)
    {
        value = null;
        if (!SequenceReader.TryRead(ref reader, _item, out var items))
            return false;
        value = (TCollection)(object)items;
        return true;
    }

    internal override bool TryReadJson(ReadOnlySpan<byte> json, [MaybeNullWhen(false)] out TCollection value)
    {
        if (SequenceReader.TryReadText(json, _item, out var items))
        {
            value = (TCollection)(object)items;
            return true;
        }

        return base.TryReadJson(json, out value);
    }

    public override void Write(Utf8JsonWriter writer, TCollection value) => SequenceWriter.Write(writer, value, _item);
}
