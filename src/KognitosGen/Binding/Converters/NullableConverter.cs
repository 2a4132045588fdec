using System;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>A <see cref="Nullable{T}"/>: JSON null both ways, anything else through the converter of <typeparamref name="T"/>.</summary>
internal sealed class NullableConverter<T> : KognitosValueConverter<T?>
    where T : struct
{
    private readonly KognitosValueConverter<T> _value;

    public NullableConverter(KognitosValueConverter<T> value) => _value = value ?? throw new ArgumentNullException(nameof(value));

    public override bool TryRead(ref Utf8JsonReader reader, out T? value)
    {
        value = null;
        if (reader.TokenType == JsonTokenType.Null)
            return true;
        if (!_value.TryRead(ref reader, out var inner))
            return false;
        value = inner;
        return true;
    }

    internal override bool TryReadJson(ReadOnlySpan<byte> json, out T? value)
    {
        value = null;
        if (json.SequenceEqual("null"u8))
            return true;
        if (!_value.TryReadJson(json, out var inner))
            return false;
        value = inner;
        return true;
    }

    public override void Write(Utf8JsonWriter writer, T? value)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
        if (value is { } inner)
            _value.Write(writer, inner);
        else
            writer.WriteNullValue();
    }
}
