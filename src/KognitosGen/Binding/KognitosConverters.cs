using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen.Binding;

/// <summary>
/// The converters generated code reads outputs and writes inputs with: one per scalar type, and factories that
/// compose them into nullables, lists, arrays and dictionaries of any depth. Reads are lenient as
/// <see cref="KognitosValueReaders"/> describes; writes use the invariant forms of <see cref="KognitosValueWriters"/>.
/// </summary>
/// <remarks>
/// This API is for use by the output of the KognitosGen source generator and should not be called directly.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KognitosConverters
{
    /// <summary>A <see cref="string"/>; numbers and booleans are read as their JSON text.</summary>
    public static KognitosValueConverter<string> String { get; } =
        new ScalarConverter<string>(KognitosValueReaders.TryString, static (writer, value) => writer.WriteStringValue(value), JsonText.TryString);

    /// <summary>A <see cref="bool"/>.</summary>
    public static KognitosValueConverter<bool> Boolean { get; } =
        new ScalarConverter<bool>(KognitosValueReaders.TryBoolean, static (writer, value) => writer.WriteBooleanValue(value), JsonText.TryBoolean);

    /// <summary>A <see cref="byte"/>.</summary>
    public static KognitosValueConverter<byte> Byte { get; } =
        new ScalarConverter<byte>(KognitosValueReaders.TryByte, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryByte);

    /// <summary>An <see cref="sbyte"/>.</summary>
    public static KognitosValueConverter<sbyte> SByte { get; } =
        new ScalarConverter<sbyte>(KognitosValueReaders.TrySByte, static (writer, value) => writer.WriteNumberValue(value), JsonText.TrySByte);

    /// <summary>A <see cref="short"/>.</summary>
    public static KognitosValueConverter<short> Int16 { get; } =
        new ScalarConverter<short>(KognitosValueReaders.TryInt16, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryInt16);

    /// <summary>A <see cref="ushort"/>.</summary>
    public static KognitosValueConverter<ushort> UInt16 { get; } =
        new ScalarConverter<ushort>(KognitosValueReaders.TryUInt16, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryUInt16);

    /// <summary>An <see cref="int"/>.</summary>
    public static KognitosValueConverter<int> Int32 { get; } =
        new ScalarConverter<int>(KognitosValueReaders.TryInt32, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryInt32);

    /// <summary>A <see cref="uint"/>.</summary>
    public static KognitosValueConverter<uint> UInt32 { get; } =
        new ScalarConverter<uint>(KognitosValueReaders.TryUInt32, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryUInt32);

    /// <summary>A <see cref="long"/>.</summary>
    public static KognitosValueConverter<long> Int64 { get; } =
        new ScalarConverter<long>(KognitosValueReaders.TryInt64, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryInt64);

    /// <summary>A <see cref="ulong"/>.</summary>
    public static KognitosValueConverter<ulong> UInt64 { get; } =
        new ScalarConverter<ulong>(KognitosValueReaders.TryUInt64, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryUInt64);

    /// <summary>A <see cref="float"/>; NaN and infinities as strings.</summary>
    public static KognitosValueConverter<float> Single { get; } = new ScalarConverter<float>(KognitosValueReaders.TrySingle, KognitosValueWriters.Single, JsonText.TrySingle);

    /// <summary>A <see cref="double"/>; NaN and infinities as strings.</summary>
    public static KognitosValueConverter<double> Double { get; } = new ScalarConverter<double>(KognitosValueReaders.TryDouble, KognitosValueWriters.Double, JsonText.TryDouble);

    /// <summary>A <see cref="decimal"/>.</summary>
    public static KognitosValueConverter<decimal> Decimal { get; } =
        new ScalarConverter<decimal>(KognitosValueReaders.TryDecimal, static (writer, value) => writer.WriteNumberValue(value), JsonText.TryDecimal);

    /// <summary>A <see cref="System.DateTime"/> in ISO 8601.</summary>
    public static KognitosValueConverter<DateTime> DateTime { get; } = new ScalarConverter<DateTime>(KognitosValueReaders.TryDateTime, KognitosValueWriters.DateTime);

    /// <summary>A <see cref="System.DateTimeOffset"/> in ISO 8601; read as UTC when no offset is given.</summary>
    public static KognitosValueConverter<DateTimeOffset> DateTimeOffset { get; } =
        new ScalarConverter<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, KognitosValueWriters.DateTimeOffset, JsonText.TryDateTimeOffset);

    /// <summary>A <see cref="System.TimeSpan"/> in the constant format.</summary>
    public static KognitosValueConverter<TimeSpan> TimeSpan { get; } = new ScalarConverter<TimeSpan>(KognitosValueReaders.TryTimeSpan, KognitosValueWriters.TimeSpan);

    /// <summary>A <see cref="System.Guid"/>.</summary>
    public static KognitosValueConverter<Guid> Guid { get; } = new ScalarConverter<Guid>(KognitosValueReaders.TryGuid, KognitosValueWriters.Guid, JsonText.TryGuid);

    /// <summary>A <see cref="System.Uri"/>, absolute or relative.</summary>
    public static KognitosValueConverter<Uri> Uri { get; } = new ScalarConverter<Uri>(
        static (ref Utf8JsonReader reader, [MaybeNullWhen(false)] out Uri value) => KognitosValueReaders.TryUri(ref reader, out value),
        KognitosValueWriters.Uri);

    /// <summary>Any JSON value, null included, as a <see cref="System.Text.Json.JsonElement"/>.</summary>
    public static KognitosValueConverter<JsonElement> JsonElement { get; } =
        new ScalarConverter<JsonElement>(KognitosValueReaders.TryJsonElement, KognitosValueWriters.JsonElement);

#if NET6_0_OR_GREATER
    /// <summary>A <see cref="System.DateOnly"/> as "yyyy-MM-dd".</summary>
    public static KognitosValueConverter<DateOnly> DateOnly { get; } = new ScalarConverter<DateOnly>(KognitosValueReaders.TryDateOnly, KognitosValueWriters.DateOnly, JsonText.TryDateOnly);

    /// <summary>A <see cref="System.TimeOnly"/>.</summary>
    public static KognitosValueConverter<TimeOnly> TimeOnly { get; } = new ScalarConverter<TimeOnly>(KognitosValueReaders.TryTimeOnly, KognitosValueWriters.TimeOnly);
#endif

    /// <summary>An enum, by name.</summary>
    /// <typeparam name="TEnum">The enum type.</typeparam>
    public static KognitosValueConverter<TEnum> Enum<TEnum>()
        where TEnum : struct, Enum => EnumConverter<TEnum>.Instance;

    /// <summary>A nullable value type: JSON null, or a value read and written by <paramref name="value"/>.</summary>
    /// <typeparam name="T">The underlying value type.</typeparam>
    /// <param name="value">The converter of the underlying type.</param>
    public static KognitosValueConverter<T?> Nullable<T>(KognitosValueConverter<T> value)
        where T : struct => new NullableConverter<T>(value);

    /// <summary>A nullable reference: JSON null, or a value read and written by <paramref name="value"/>.</summary>
    /// <typeparam name="T">The reference type.</typeparam>
    /// <param name="value">The converter of non-null values.</param>
    public static KognitosValueConverter<T?> OrNull<T>(KognitosValueConverter<T> value)
        where T : class => new NullOrConverter<T>(value);

    /// <summary>A JSON array as a list-like type that <see cref="List{T}"/> can be assigned to.</summary>
    /// <typeparam name="TCollection">The declared type, such as <c>IReadOnlyList&lt;T&gt;</c>.</typeparam>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The converter of each item.</param>
    public static KognitosValueConverter<TCollection> List<TCollection, T>(KognitosValueConverter<T> item)
        where TCollection : class, IEnumerable<T> => new ListConverter<TCollection, T>(item);

    /// <summary>A JSON array as an array.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="item">The converter of each item.</param>
    public static KognitosValueConverter<T[]> Array<T>(KognitosValueConverter<T> item) => new ArrayConverter<T>(item);

    /// <summary>A JSON object as a string-keyed dictionary type that <see cref="Dictionary{TKey, TValue}"/> can be assigned to.</summary>
    /// <typeparam name="TDictionary">The declared type, such as <c>IReadOnlyDictionary&lt;string, T&gt;</c>.</typeparam>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="value">The converter of each value.</param>
    public static KognitosValueConverter<TDictionary> Dictionary<TDictionary, T>(KognitosValueConverter<T> value)
        where TDictionary : class, IEnumerable<KeyValuePair<string, T>> => new DictionaryConverter<TDictionary, T>(value);

    /// <summary>A user type, through the metadata a source-generated <see cref="JsonSerializerContext"/> holds for it.</summary>
    /// <typeparam name="T">The user type.</typeparam>
    /// <param name="context">The context, for example <c>MyJsonContext.Default</c>.</param>
    public static KognitosValueConverter<T> User<T>(JsonSerializerContext context) => new UserTypeConverter<T>(context);
}
