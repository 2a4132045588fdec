using System;
using System.Text.Json;

namespace KognitosGen.Binding;

/// <summary>An enum by name: see <see cref="KognitosValueReaders.TryEnum{TEnum}"/> and <see cref="KognitosValueWriters.Enum{TEnum}"/>.</summary>
internal sealed class EnumConverter<TEnum> : KognitosValueConverter<TEnum>
    where TEnum : struct, Enum
{
    public static readonly EnumConverter<TEnum> Instance = new();

#if NET8_0_OR_GREATER
    // The names as ASCII bytes, to match a plain name without a string; null when some name is not ASCII or two
    // names differ only in case, where the general path decides as Enum.TryParse does.
    private readonly byte[][]? _names;
    private readonly TEnum[] _values;

    private EnumConverter()
    {
        var names = Enum.GetNames<TEnum>();
        _values = Enum.GetValues<TEnum>();
        _names = new byte[names.Length][];
        for (var i = 0; i < names.Length; i++)
        {
            if (!System.Text.Ascii.IsValid(names[i]))
            {
                _names = null;
                return;
            }

            for (var j = 0; j < i; j++)
            {
                if (string.Equals(names[i], names[j], StringComparison.OrdinalIgnoreCase))
                {
                    _names = null;
                    return;
                }
            }

            _names[i] = System.Text.Encoding.ASCII.GetBytes(names[i]);
        }
    }

    public override bool TryRead(ref Utf8JsonReader reader, out TEnum value)
    {
        if (reader.TokenType == JsonTokenType.String && !reader.ValueIsEscaped && TryPlainName(reader.ValueSpan, out value))
            return true;
        return KognitosValueReaders.TryEnum(ref reader, out value);
    }

    internal override bool TryReadJson(ReadOnlySpan<byte> json, out TEnum value)
    {
        if (JsonText.TryPlainString(json, out var text) && TryPlainName(text, out value))
            return true;
        return base.TryReadJson(json, out value);
    }

    private bool TryPlainName(ReadOnlySpan<byte> text, out TEnum value)
    {
        if (_names is not null)
        {
            for (var i = 0; i < _names.Length; i++)
            {
                if (System.Text.Ascii.EqualsIgnoreCase(text, _names[i]))
                {
                    value = _values[i];
                    return true;
                }
            }
        }

        value = default;
        return false;
    }
#else
    public override bool TryRead(ref Utf8JsonReader reader, out TEnum value) => KognitosValueReaders.TryEnum(ref reader, out value);
#endif

    public override void Write(Utf8JsonWriter writer, TEnum value) => KognitosValueWriters.Enum(writer, value);
}
