using System;
using System.Buffers;
using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KognitosGen.Binding;

/// <summary>
/// Lenient readers for output values, as generated code calls them. Each starts with the reader on the value's
/// first token and, when it returns true, leaves it on the value's last token (the end token of an array or
/// object), so a caller looping over an array calls <see cref="Utf8JsonReader.Read"/> next. They return false,
/// never throw, when the value cannot be converted; JSON null returns false (except for
/// <see cref="TryJsonElement"/>): generated code handles null itself for nullable targets.
/// </summary>
/// <remarks>
/// <para>This API is for use by the output of the KognitosGen source generator and should not be called directly.</para>
/// Lenient means: numbers may come as strings in the invariant culture (white space around allowed), booleans as
/// the strings "true" and "false" in any case, enums by name in any case. Integers take any integral number
/// ("12", "12.0", "1.2e1") and refuse fractions and values out of range.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KognitosValueReaders
{
    private const NumberStyles IntegerStyle = NumberStyles.Integer;
    private const NumberStyles FloatStyle = NumberStyles.Float;

    private static CultureInfo Invariant => CultureInfo.InvariantCulture;

    /// <summary>Reads a string; a number or boolean is read as its JSON text.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryString(ref Utf8JsonReader reader, out string value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                value = reader.GetString()!;
                return true;
            case JsonTokenType.Number:
                value = RawText(ref reader);
                return true;
            case JsonTokenType.True:
                value = "true";
                return true;
            case JsonTokenType.False:
                value = "false";
                return true;
            default:
                value = "";
                return false;
        }
    }

    /// <summary>Reads a boolean: <c>true</c>, <c>false</c>, or the strings "true" and "false" in any case.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryBoolean(ref Utf8JsonReader reader, out bool value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.True:
                value = true;
                return true;
            case JsonTokenType.False:
                value = false;
                return true;
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                value = string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
                return value || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase);
            default:
                value = false;
                return false;
        }
    }

    /// <summary>Reads a <see cref="byte"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryByte(ref Utf8JsonReader reader, out byte value)
    {
        var ok = TrySigned(ref reader, byte.MinValue, byte.MaxValue, out var wide);
        value = ok ? (byte)wide : default;
        return ok;
    }

    /// <summary>Reads an <see cref="sbyte"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TrySByte(ref Utf8JsonReader reader, out sbyte value)
    {
        var ok = TrySigned(ref reader, sbyte.MinValue, sbyte.MaxValue, out var wide);
        value = ok ? (sbyte)wide : default;
        return ok;
    }

    /// <summary>Reads a <see cref="short"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryInt16(ref Utf8JsonReader reader, out short value)
    {
        var ok = TrySigned(ref reader, short.MinValue, short.MaxValue, out var wide);
        value = ok ? (short)wide : default;
        return ok;
    }

    /// <summary>Reads a <see cref="ushort"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryUInt16(ref Utf8JsonReader reader, out ushort value)
    {
        var ok = TrySigned(ref reader, ushort.MinValue, ushort.MaxValue, out var wide);
        value = ok ? (ushort)wide : default;
        return ok;
    }

    /// <summary>Reads an <see cref="int"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryInt32(ref Utf8JsonReader reader, out int value)
    {
        var ok = TrySigned(ref reader, int.MinValue, int.MaxValue, out var wide);
        value = ok ? (int)wide : default;
        return ok;
    }

    /// <summary>Reads a <see cref="uint"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryUInt32(ref Utf8JsonReader reader, out uint value)
    {
        var ok = TrySigned(ref reader, uint.MinValue, uint.MaxValue, out var wide);
        value = ok ? (uint)wide : default;
        return ok;
    }

    /// <summary>Reads a <see cref="long"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryInt64(ref Utf8JsonReader reader, out long value) =>
        TrySigned(ref reader, long.MinValue, long.MaxValue, out value);

    /// <summary>Reads a <see cref="ulong"/> from an integral number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryUInt64(ref Utf8JsonReader reader, out ulong value)
    {
        value = 0;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetUInt64(out value))
                    return true;
                return reader.TryGetDecimal(out var number) && TryIntegral(number, ulong.MaxValue, out value);
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (ulong.TryParse(text, IntegerStyle, Invariant, out value))
                    return true;
                return decimal.TryParse(text, FloatStyle, Invariant, out number) && TryIntegral(number, ulong.MaxValue, out value);
            default:
                return false;
        }
    }

    /// <summary>Reads a <see cref="float"/> from a number or numeric string; "NaN", "Infinity" and "-Infinity" as written by <see cref="KognitosValueWriters.Single"/>.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read; false for a number out of range.</returns>
    public static bool TrySingle(ref Utf8JsonReader reader, out float value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetSingle(out value) && IsFinite(value);
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (TryNonFinite(text, out var special))
                {
                    value = (float)special;
                    return true;
                }

                return float.TryParse(text, FloatStyle, Invariant, out value) && IsFinite(value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Reads a <see cref="double"/> from a number or numeric string; "NaN", "Infinity" and "-Infinity" as written by <see cref="KognitosValueWriters.Double"/>.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read; false for a number out of range.</returns>
    public static bool TryDouble(ref Utf8JsonReader reader, out double value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDouble(out value) && IsFinite(value);
            case JsonTokenType.String:
                var text = reader.GetString()!.Trim();
                if (TryNonFinite(text, out value))
                    return true;
                return double.TryParse(text, FloatStyle, Invariant, out value) && IsFinite(value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>Reads a <see cref="decimal"/> from a number or numeric string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryDecimal(ref Utf8JsonReader reader, out decimal value)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetDecimal(out value);
            case JsonTokenType.String:
                return decimal.TryParse(reader.GetString(), FloatStyle, Invariant, out value);
            default:
                value = 0;
                return false;
        }
    }

    /// <summary>
    /// Reads a <see cref="System.DateTime"/> from an ISO 8601 string (else any date the invariant culture reads).
    /// A value with an offset becomes local time, one with "Z" UTC, one without either unspecified.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryDateTime(ref Utf8JsonReader reader, out DateTime value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        return reader.TryGetDateTime(out value)
            || DateTime.TryParse(reader.GetString(), Invariant, DateTimeStyles.RoundtripKind, out value);
    }

    /// <summary>
    /// Reads a <see cref="System.DateTimeOffset"/> from an ISO 8601 string (else any date the invariant culture
    /// reads); a value without an offset is read as UTC.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryDateTimeOffset(ref Utf8JsonReader reader, out DateTimeOffset value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        // With an offset written, one parse gives the answer.
        if (!reader.ValueIsEscaped && HasOffset(reader.ValueSpan) && reader.TryGetDateTimeOffset(out value))
            return true;
        if (reader.TryGetDateTime(out var dateTime))
        {
            // The reader reads a value without offset as local time; Kognitos means UTC.
            if (dateTime.Kind == DateTimeKind.Unspecified)
            {
                value = new DateTimeOffset(dateTime, TimeSpan.Zero);
                return true;
            }

            return reader.TryGetDateTimeOffset(out value);
        }

        return DateTimeOffset.TryParse(reader.GetString(), Invariant, DateTimeStyles.AssumeUniversal, out value);
    }

    // Whether an ISO 8601 date and time ends in "Z" or a "+hh:mm" or "-hh:mm" offset: past the date, which has its
    // own '-'.
    private static bool HasOffset(ReadOnlySpan<byte> text)
    {
        for (var i = 10; i < text.Length; i++)
        {
            if (text[i] is (byte)'Z' or (byte)'z' or (byte)'+' or (byte)'-')
                return true;
        }

        return false;
    }

    /// <summary>Reads a <see cref="System.TimeSpan"/> from a string: the constant ("c") format, else the invariant general formats.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryTimeSpan(ref Utf8JsonReader reader, out TimeSpan value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        var text = reader.GetString()!.Trim();
        return TimeSpan.TryParseExact(text, "c", Invariant, out value) || TimeSpan.TryParse(text, Invariant, out value);
    }

    /// <summary>Reads a <see cref="System.Guid"/> from a string in any of its standard formats.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryGuid(ref Utf8JsonReader reader, out Guid value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        return reader.TryGetGuid(out value) || Guid.TryParse(reader.GetString(), out value);
    }

    /// <summary>Reads a <see cref="System.Uri"/>, absolute or relative, from a string.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryUri(ref Utf8JsonReader reader, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Uri? value)
    {
        value = null;
        return reader.TokenType == JsonTokenType.String
            && Uri.TryCreate(reader.GetString(), UriKind.RelativeOrAbsolute, out value);
    }

    /// <summary>
    /// Reads an enum value from a string holding one of its names, in any case. Numbers, numeric strings, lists of
    /// names and undefined names are refused.
    /// </summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryEnum<TEnum>(ref Utf8JsonReader reader, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        var text = reader.GetString()!.Trim();
        // Enum.TryParse also takes numbers ("3", "-1") and comma-separated lists; a single name starts with a
        // letter or '_' and has no comma, and Enum.TryParse refuses names the enum does not define.
        if (text.Length == 0 || !(char.IsLetter(text[0]) || text[0] == '_') || text.IndexOf(',') >= 0)
            return false;
        return Enum.TryParse(text, ignoreCase: true, out value);
    }

    /// <summary>Reads any value, null included, as a <see cref="JsonElement"/> that outlives the reader.</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>True, unless the JSON is malformed.</returns>
    public static bool TryJsonElement(ref Utf8JsonReader reader, out JsonElement value)
    {
        try
        {
            value = JsonElement.ParseValue(ref reader);
            return true;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }

    // The number written by count ASCII digits from start; -1 when one of them is not a digit.
    internal static int Digits(ReadOnlySpan<byte> text, int start, int count)
    {
        var number = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = text[i] - (byte)'0';
            if ((uint)digit > 9)
                return -1;
            number = number * 10 + digit;
        }

        return number;
    }

#if NET6_0_OR_GREATER
    /// <summary>Reads a <see cref="System.DateOnly"/> from a "yyyy-MM-dd" string, else from any ISO 8601 date and time (its date as written).</summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryDateOnly(ref Utf8JsonReader reader, out DateOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        if (!reader.ValueIsEscaped && TryIsoDate(reader.ValueSpan, out value))
            return true;
        if (DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", Invariant, DateTimeStyles.AllowWhiteSpaces, out value))
            return true;
        if (!reader.TryGetDateTimeOffset(out var dateTime))
            return false;
        value = DateOnly.FromDateTime(dateTime.DateTime);
        return true;
    }

    /// <summary>
    /// Reads a <see cref="System.TimeOnly"/> from an "HH:mm:ss.FFFFFFF", "HH:mm:ss" or "HH:mm" string, else from any
    /// ISO 8601 date and time (its time as written), else from any time the invariant culture reads.
    /// </summary>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read.</returns>
    public static bool TryTimeOnly(ref Utf8JsonReader reader, out TimeOnly value)
    {
        value = default;
        if (reader.TokenType != JsonTokenType.String)
            return false;
        var text = reader.GetString()!;
        if (TimeOnly.TryParseExact(text, TimeOnlyFormats, Invariant, DateTimeStyles.AllowWhiteSpaces, out value))
            return true;
        if (reader.TryGetDateTimeOffset(out var dateTime))
        {
            value = TimeOnly.FromTimeSpan(dateTime.TimeOfDay);
            return true;
        }

        return TimeOnly.TryParse(text, Invariant, DateTimeStyles.AllowWhiteSpaces, out value);
    }

    // The usual form, "yyyy-MM-dd" exactly, read from the UTF-8 bytes without a string; anything else takes the
    // general path.
    internal static bool TryIsoDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-')
            return false;
        var year = Digits(text, 0, 4);
        var month = Digits(text, 5, 2);
        var day = Digits(text, 8, 2);
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        value = new DateOnly(year, month, day);
        return true;
    }

    private static readonly string[] TimeOnlyFormats = ["HH:mm:ss.FFFFFFF", "HH:mm:ss", "HH:mm"];
#endif

    /// <summary>Reads a value of a user type through its source-generated JSON metadata.</summary>
    /// <typeparam name="T">The type to read.</typeparam>
    /// <param name="reader">The reader, on the value's first token.</param>
    /// <param name="typeInfo">The type's metadata, from a <see cref="JsonSerializerContext"/>.</param>
    /// <param name="value">The value, when read.</param>
    /// <returns>Whether the value could be read; false for JSON null or when the serializer refuses the JSON.</returns>
    public static bool TryUser<T>(ref Utf8JsonReader reader, JsonTypeInfo<T> typeInfo, out T? value)
    {
        if (typeInfo is null)
            throw new ArgumentNullException(nameof(typeInfo));
        value = default;
        if (reader.TokenType == JsonTokenType.Null)
            return false;
        try
        {
            value = JsonSerializer.Deserialize(ref reader, typeInfo);
            return value is not null;
        }
        catch (JsonException)
        {
            value = default;
            return false;
        }
    }

    /// <summary>The metadata of <typeparamref name="T"/> from a source-generated context.</summary>
    /// <typeparam name="T">The type whose metadata is needed.</typeparam>
    /// <param name="context">The context that should hold it.</param>
    /// <returns>The metadata.</returns>
    /// <exception cref="InvalidOperationException">The context does not know <typeparamref name="T"/>.</exception>
    public static JsonTypeInfo<T> TypeInfo<T>(JsonSerializerContext context)
    {
        if (context is null)
            throw new ArgumentNullException(nameof(context));
        if (context.GetTypeInfo(typeof(T)) is JsonTypeInfo<T> typeInfo)
            return typeInfo;
        var typeName = TypeNames.CSharp(typeof(T));
        throw new InvalidOperationException(
            $"The JSON context {context.GetType().Name} has no metadata for {typeName}: add [JsonSerializable(typeof({typeName}))] to it.");
    }

    private static bool TrySigned(ref Utf8JsonReader reader, long min, long max, out long value)
    {
        value = 0;
        decimal number;
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                if (reader.TryGetInt64(out value))
                    break;
                if (!reader.TryGetDecimal(out number) || !TryIntegral(number, out value))
                    return false;
                break;
            case JsonTokenType.String:
                var text = reader.GetString()!;
                if (long.TryParse(text, IntegerStyle, Invariant, out value))
                    break;
                if (!decimal.TryParse(text, FloatStyle, Invariant, out number) || !TryIntegral(number, out value))
                    return false;
                break;
            default:
                return false;
        }

        if (value >= min && value <= max)
            return true;
        value = 0;
        return false;
    }

    private static bool TryIntegral(decimal number, out long value)
    {
        var ok = decimal.Truncate(number) == number && number >= long.MinValue && number <= long.MaxValue;
        value = ok ? (long)number : 0;
        return ok;
    }

    private static bool TryIntegral(decimal number, ulong max, out ulong value)
    {
        var ok = decimal.Truncate(number) == number && number >= 0 && number <= max;
        value = ok ? (ulong)number : 0;
        return ok;
    }

    private static bool TryNonFinite(string text, out double value)
    {
        if (string.Equals(text, "NaN", StringComparison.OrdinalIgnoreCase))
            value = double.NaN;
        else if (string.Equals(text, "Infinity", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "+Infinity", StringComparison.OrdinalIgnoreCase))
            value = double.PositiveInfinity;
        else if (string.Equals(text, "-Infinity", StringComparison.OrdinalIgnoreCase))
            value = double.NegativeInfinity;
        else
        {
            value = 0;
            return false;
        }

        return true;
    }

    private static bool IsFinite(double value) => !double.IsNaN(value) && !double.IsInfinity(value);

    private static bool IsFinite(float value) => !float.IsNaN(value) && !float.IsInfinity(value);

    // A number token's JSON text.
    private static string RawText(ref Utf8JsonReader reader)
    {
        if (reader.HasValueSequence)
            return Encoding.UTF8.GetString(reader.ValueSequence.ToArray());
#if NETSTANDARD2_0
        return Encoding.UTF8.GetString(reader.ValueSpan.ToArray());
#else
        return Encoding.UTF8.GetString(reader.ValueSpan);
#endif
    }
}
