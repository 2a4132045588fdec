using System;
using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace KognitosGen.Binding;

/// <summary>
/// Writers for input values where <see cref="Utf8JsonWriter"/> alone does not write what Kognitos expects:
/// invariant culture, ISO 8601 dates, non-finite numbers as strings. Each writes one JSON value, no property name.
/// </summary>
/// <remarks>
/// <para>This API is for use by the output of the KognitosGen source generator and should not be called directly.</para>
/// Dates, times, durations and GUIDs are formatted as plain ASCII and written as they are, so a "+" in an offset
/// stays a "+" rather than the default encoder's "\u002B".
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KognitosValueWriters
{
    // The longest formatted value is a DateTimeOffset in "O": 33 characters.
    private const int FormattedBytes = 64;

    /// <summary>Writes a <see cref="float"/> as a number; NaN and infinities as the strings "NaN", "Infinity", "-Infinity".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Single(Utf8JsonWriter writer, float value)
    {
        NotNull(writer);
        if (float.IsNaN(value) || float.IsInfinity(value))
            NonFinite(writer, value);
        else
            writer.WriteNumberValue(value);
    }

    /// <summary>Writes a <see cref="double"/> as a number; NaN and infinities as the strings "NaN", "Infinity", "-Infinity".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Double(Utf8JsonWriter writer, double value)
    {
        NotNull(writer);
        if (double.IsNaN(value) || double.IsInfinity(value))
            NonFinite(writer, value);
        else
            writer.WriteNumberValue(value);
    }

    /// <summary>Writes a <see cref="System.DateTime"/> in the ISO 8601 round-trip format ("O").</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateTime(Utf8JsonWriter writer, DateTime value)
    {
        NotNull(writer);
        Formatted(writer, value, "O");
    }

    /// <summary>Writes a <see cref="System.DateTimeOffset"/> in the ISO 8601 round-trip format ("O"), offset included.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateTimeOffset(Utf8JsonWriter writer, DateTimeOffset value)
    {
        NotNull(writer);
        Formatted(writer, value, "O");
    }

    /// <summary>Writes a <see cref="System.TimeSpan"/> in the constant format ("c"), for example "1.02:03:04.5000000".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void TimeSpan(Utf8JsonWriter writer, TimeSpan value)
    {
        NotNull(writer);
        Formatted(writer, value, "c");
    }

    /// <summary>Writes a <see cref="System.Guid"/> as 32 hex digits in groups ("D").</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Guid(Utf8JsonWriter writer, Guid value)
    {
        NotNull(writer);
        Formatted(writer, value, "D");
    }

    /// <summary>Writes a <see cref="System.Uri"/> as the string it was made from.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Uri(Utf8JsonWriter writer, Uri value)
    {
        NotNull(writer);
        if (value is null)
            throw new ArgumentNullException(nameof(value));
        writer.WriteStringValue(value.OriginalString);
    }

    /// <summary>Writes an enum value as its name (a comma-separated list for combined flags).</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void Enum<TEnum>(Utf8JsonWriter writer, TEnum value)
        where TEnum : struct, Enum
    {
        NotNull(writer);
        writer.WriteStringValue(value.ToString());
    }

    /// <summary>Writes a <see cref="System.Text.Json.JsonElement"/> as it is; a default (undefined) element as null.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void JsonElement(Utf8JsonWriter writer, JsonElement value)
    {
        NotNull(writer);
        if (value.ValueKind == JsonValueKind.Undefined)
            writer.WriteNullValue();
        else
            value.WriteTo(writer);
    }

    /// <summary>Writes a value of a user type through its source-generated JSON metadata.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="typeInfo">The type's metadata, from a <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>.</param>
    public static void User<T>(Utf8JsonWriter writer, T value, JsonTypeInfo<T> typeInfo)
    {
        NotNull(writer);
        if (typeInfo is null)
            throw new ArgumentNullException(nameof(typeInfo));
        JsonSerializer.Serialize(writer, value, typeInfo);
    }

#if NET6_0_OR_GREATER
    /// <summary>Writes a <see cref="System.DateOnly"/> as "yyyy-MM-dd".</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void DateOnly(Utf8JsonWriter writer, DateOnly value)
    {
        NotNull(writer);
        Formatted(writer, value, "yyyy-MM-dd");
    }

    /// <summary>Writes a <see cref="System.TimeOnly"/> as "HH:mm:ss.FFFFFFF" (no fraction when it is zero).</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    public static void TimeOnly(Utf8JsonWriter writer, TimeOnly value)
    {
        NotNull(writer);
        Formatted(writer, value, "HH:mm:ss.FFFFFFF");
    }
#endif

    private static void NonFinite(Utf8JsonWriter writer, double value) =>
        writer.WriteStringValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity");

    private static void NotNull(Utf8JsonWriter writer)
    {
        if (writer is null)
            throw new ArgumentNullException(nameof(writer));
    }

#if NET8_0_OR_GREATER
    // Formats straight to UTF-8 between quotes; the formats used give ASCII that needs no escaping.
    private static void Formatted<T>(Utf8JsonWriter writer, T value, string format)
        where T : IUtf8SpanFormattable
    {
        Span<byte> buffer = stackalloc byte[FormattedBytes];
        buffer[0] = (byte)'"';
        if (!value.TryFormat(buffer.Slice(1, FormattedBytes - 2), out var written, format, CultureInfo.InvariantCulture))
            throw new InvalidOperationException($"A {typeof(T).Name} did not fit in {FormattedBytes} bytes.");
        buffer[written + 1] = (byte)'"';
        writer.WriteRawValue(buffer.Slice(0, written + 2), skipInputValidation: true);
    }
#else
    // The formats used give ASCII that needs no escaping: written between quotes as it is.
    private static void Formatted<T>(Utf8JsonWriter writer, T value, string format)
        where T : IFormattable
    {
        var text = value.ToString(format, CultureInfo.InvariantCulture);
        Span<byte> buffer = stackalloc byte[FormattedBytes];
        buffer[0] = (byte)'"';
        for (var i = 0; i < text.Length; i++)
            buffer[i + 1] = (byte)text[i];
        buffer[text.Length + 1] = (byte)'"';
        writer.WriteRawValue(buffer.Slice(0, text.Length + 2), skipInputValidation: true);
    }
#endif
}
