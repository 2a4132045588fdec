using System;
using System.Buffers.Text;
using System.Text;

namespace KognitosGen.Binding;

/// <summary>
/// Reads the common shapes of scalar values straight from one whole, well-formed JSON value's text, without a
/// <see cref="System.Text.Json.Utf8JsonReader"/>: a plain string, a literal, a number. Each returns true only with
/// the value the <see cref="KognitosValueReaders"/> reader would give for the same text; false means "not decided here",
/// and the caller asks the reader, which also handles every failure, escape and lenient form.
/// </summary>
internal static class JsonText
{
    /// <summary>A string without escapes: the text between its quotes.</summary>
    public static bool TryPlainString(ReadOnlySpan<byte> json, out ReadOnlySpan<byte> content)
    {
        content = default;
        if (json.Length < 2 || json[0] != (byte)'"')
            return false;
        var inner = json.Slice(1, json.Length - 2);
        if (inner.IndexOf((byte)'\\') >= 0)
            return false;
        content = inner;
        return true;
    }

    /// <summary>Whether the text is a JSON number (the reader has checked its grammar).</summary>
    public static bool IsNumber(ReadOnlySpan<byte> json) =>
        json.Length > 0 && (json[0] == (byte)'-' || (uint)(json[0] - '0') <= 9);

    public static bool TryString(ReadOnlySpan<byte> json, out string value)
    {
        value = "";
#if NET8_0_OR_GREATER
        return TryPlainString(json, out var content) && TryUtf8(content, out value);
#else
        return false;
#endif
    }

#if NET8_0_OR_GREATER
    /// <summary>
    /// The string UTF-8 text stands for; false for text that is not UTF-8, which is left to the reader (it refuses
    /// such text by throwing). Checked while it is decoded, not in a pass of its own.
    /// </summary>
    public static bool TryUtf8(ReadOnlySpan<byte> utf8, out string value)
    {
        value = "";
        if (utf8.IsEmpty)
            return true;
        try
        {
            value = StrictUtf8.GetString(utf8);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
#endif

    public static bool TryBoolean(ReadOnlySpan<byte> json, out bool value)
    {
        value = json.SequenceEqual("true"u8);
        return value || json.SequenceEqual("false"u8);
    }

    /// <summary>An integral number written without fraction or exponent, within [<paramref name="min"/>, <paramref name="max"/>].</summary>
    public static bool TryInteger(ReadOnlySpan<byte> json, long min, long max, out long value)
    {
        if (IsNumber(json) && Utf8Parser.TryParse(json, out value, out var consumed) && consumed == json.Length && value >= min && value <= max)
            return true;
        value = 0;
        return false;
    }

    public static bool TryByte(ReadOnlySpan<byte> json, out byte value)
    {
        var read = TryInteger(json, byte.MinValue, byte.MaxValue, out var wide);
        value = (byte)wide;
        return read;
    }

    public static bool TrySByte(ReadOnlySpan<byte> json, out sbyte value)
    {
        var read = TryInteger(json, sbyte.MinValue, sbyte.MaxValue, out var wide);
        value = (sbyte)wide;
        return read;
    }

    public static bool TryInt16(ReadOnlySpan<byte> json, out short value)
    {
        var read = TryInteger(json, short.MinValue, short.MaxValue, out var wide);
        value = (short)wide;
        return read;
    }

    public static bool TryUInt16(ReadOnlySpan<byte> json, out ushort value)
    {
        var read = TryInteger(json, ushort.MinValue, ushort.MaxValue, out var wide);
        value = (ushort)wide;
        return read;
    }

    public static bool TryInt32(ReadOnlySpan<byte> json, out int value)
    {
        var read = TryInteger(json, int.MinValue, int.MaxValue, out var wide);
        value = (int)wide;
        return read;
    }

    public static bool TryUInt32(ReadOnlySpan<byte> json, out uint value)
    {
        var read = TryInteger(json, uint.MinValue, uint.MaxValue, out var wide);
        value = (uint)wide;
        return read;
    }

    public static bool TryInt64(ReadOnlySpan<byte> json, out long value) => TryInteger(json, long.MinValue, long.MaxValue, out value);

    public static bool TryUInt64(ReadOnlySpan<byte> json, out ulong value)
    {
        if (IsNumber(json) && Utf8Parser.TryParse(json, out value, out var consumed) && consumed == json.Length)
            return true;
        value = 0;
        return false;
    }

    public static bool TryDecimal(ReadOnlySpan<byte> json, out decimal value)
    {
        if (IsNumber(json) && Utf8Parser.TryParse(json, out value, out var consumed) && consumed == json.Length)
            return true;
        value = 0;
        return false;
    }

    public static bool TryDouble(ReadOnlySpan<byte> json, out double value)
    {
        if (IsNumber(json) && Utf8Parser.TryParse(json, out value, out var consumed) && consumed == json.Length
            && !double.IsNaN(value) && !double.IsInfinity(value))
            return true;
        value = 0;
        return false;
    }

    public static bool TrySingle(ReadOnlySpan<byte> json, out float value)
    {
        if (IsNumber(json) && Utf8Parser.TryParse(json, out value, out var consumed) && consumed == json.Length
            && !float.IsNaN(value) && !float.IsInfinity(value))
            return true;
        value = 0;
        return false;
    }

    /// <summary>A GUID in its hyphenated form ("D"), the one the reader itself reads.</summary>
    public static bool TryGuid(ReadOnlySpan<byte> json, out Guid value)
    {
        value = default;
        return TryPlainString(json, out var content) && content.Length == 36
            && Utf8Parser.TryParse(content, out value, out _, 'D');
    }

    /// <summary>
    /// An ISO 8601 date and time with its offset written, "yyyy-MM-ddTHH:mm:ss", up to seven fraction digits, then "Z"
    /// or "+hh:mm"/"-hh:mm": what the reader's own parse gives for it. Other forms (no offset, other separators, more
    /// digits, leap seconds, offsets past 14 hours, the first and last years) are the reader's.
    /// </summary>
    public static bool TryDateTimeOffset(ReadOnlySpan<byte> json, out DateTimeOffset value)
    {
        value = default;
        if (!TryPlainString(json, out var text) || text.Length < 20 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || text[10] != (byte)'T' || text[13] != (byte)':' || text[16] != (byte)':')
            return false;
        var year = KognitosValueReaders.Digits(text, 0, 4);
        var month = KognitosValueReaders.Digits(text, 5, 2);
        var day = KognitosValueReaders.Digits(text, 8, 2);
        var hour = KognitosValueReaders.Digits(text, 11, 2);
        var minute = KognitosValueReaders.Digits(text, 14, 2);
        var second = KognitosValueReaders.Digits(text, 17, 2);
        if (year <= 1 || year >= 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59)
            return false;
        var at = 19;
        long ticks = 0;
        if (text[at] == (byte)'.')
        {
            var digits = 0;
            while (++at < text.Length && (uint)(text[at] - '0') <= 9)
            {
                if (++digits > 7)
                    return false;
                ticks = ticks * 10 + (text[at] - '0');
            }

            if (digits == 0)
                return false;
            for (; digits < 7; digits++)
                ticks *= 10;
        }

        if (!TryOffset(text.Slice(at), out var offset))
            return false;
        value = new DateTimeOffset(new DateTime(year, month, day, hour, minute, second).AddTicks(ticks), offset);
        return true;
    }

    // "Z", or "+hh:mm" / "-hh:mm" within the 14 hours an offset may have.
    private static bool TryOffset(ReadOnlySpan<byte> text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 1 && text[0] == (byte)'Z')
            return true;
        if (text.Length != 6 || text[0] is not ((byte)'+' or (byte)'-') || text[3] != (byte)':')
            return false;
        var hours = KognitosValueReaders.Digits(text, 1, 2);
        var minutes = KognitosValueReaders.Digits(text, 4, 2);
        if (hours < 0 || minutes < 0 || minutes > 59 || hours * 60 + minutes > 14 * 60)
            return false;
        offset = new TimeSpan(hours, minutes, 0);
        if (text[0] == (byte)'-')
            offset = -offset;
        return true;
    }

#if NET8_0_OR_GREATER
    public static bool TryDateOnly(ReadOnlySpan<byte> json, out DateOnly value)
    {
        value = default;
        return TryPlainString(json, out var content) && KognitosValueReaders.TryIsoDate(content, out value);
    }
#endif
}
