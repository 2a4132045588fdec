using System.Text;
using System.Text.Json;
using KognitosGen.Binding;

namespace KognitosGen.Tests.Binding;

/// <summary>
/// Binding from the client's index reads each value from its JSON text (<c>TryReadJson</c>): scalars through
/// <see cref="JsonText"/> where the text has a common shape, a reader otherwise. Both ways must agree on every text.
/// </summary>
public sealed class ValueTextReadTests
{
    // Numbers at and past every range's edges, fractions, exponents; strings plain, escaped, padded, empty and
    // not UTF-8; every literal; containers.
    private static readonly byte[][] Texts =
    [
        .. new[]
        {
            "0", "-0", "7", "-7", "12.0", "1.5", "-1.5", "1.2e1", "1E2", "1e-2", "0.1", "4.9e-324", "1e400", "-1e400", "1e39",
            "255", "256", "-128", "-129", "32767", "32768", "65535", "65536", "2147483647", "2147483648", "-2147483648",
            "-2147483649", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808", "-9223372036854775808",
            "-9223372036854775809", "18446744073709551615", "18446744073709551616", "79228162514264337593543950335",
            "79228162514264337593543950336", "3.14159265358979323846264338327950288", "123456789012345678901234567890",
            "\"\"", "\"plain\"", "\"Northwind Traders\"", "\"été\"", "\"\\u00e9t\\u00e9\"", "\"say \\\"hi\\\"\"", "\"tab\\there\"",
            "\" 12 \"", "\"12\"", "\"1.5\"", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"", "\"true\"", "\"TRUE\"", "\" false \"",
            "\"DarkBlue\"", "\"darkblue\"", "\"dark\\u0042lue\"", "\"Red,DarkBlue\"", "\"1\"", "\"Purple\"",
            "\"2025-04-30\"", "\"2025-02-30\"", "\"0000-01-01\"", "\"2025-04-30T10:00:00Z\"", "\"2025\\u002d04-30\"",
            "\"6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13\"", "\"6F1C2A9E-3B7D-4E85-9C41-2D8F0A6B5E13\"",
            "\"{6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13}\"", "\"6f1c2a9e3b7d4e859c412d8f0a6b5e13\"", "\"6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e1z\"",
            "\"2025-03-14T09:26:53Z\"", "\"2025-03-14T09:26:53.5+02:00\"", "\"2025-03-14T09:26:53.1234567-05:30\"",
            "\"2025-03-14T09:26:53.12345678Z\"", "\"2025-03-14T09:26:53.Z\"", "\"2025-03-14T24:00:00Z\"", "\"2025-03-14T09:26:60Z\"",
            "\"2025-02-29T09:26:53Z\"", "\"2024-02-29T23:59:59+14:00\"", "\"2025-03-14T09:26:53+14:01\"", "\"2025-03-14T09:26:53-15:00\"",
            "\"0001-01-01T00:00:00+01:00\"", "\"9999-12-31T23:59:59-01:00\"", "\"2025-03-14T09:26:53\"", "\"2025-03-14T09:26:53+0200\"",
            "\"2025-03-14 09:26:53Z\"", "\"2025-03-14T09:26:53z\"", "\"2025-03-14T09:26:53\\u005a\"", "\"2025-13-14T09:26:53Z\"",
            "true", "false", "null", "[]", "[1, 2]", "{}", "{\"a\": 1}",
            // Arrays and objects of scalars (read from their text) and others (left to a reader).
            "[\"freight\", \"eu\", \"q1\"]", "[ ]", "[1,2,3]", "[ 1 ,\t-2.5e3\n, true ,null ]", "[\"a\\\"b\", \"c\\\\\"]",
            "[\"\\u0031\", \"2\"]", "[12.0, 2147483648]", "[[1], [2]]", "[{\"a\": 1}]", "[\"1\", 2, \"x\"]",
            "{\"currency\": \"EUR\", \"po\": \"PO-77812\", \"cost centre\": \"4410\"}", "{ }", "{\"a\":1,\"b\":2}",
            "{\"a\": 1, \"a\": 2}", "{\"k\\u00e9y\": \"v\"}", "{\"a\": [1]}", "{\"a\": null, \"b\": \"x\\\\\"}",
            "{\"\": \"empty key\"}", "{\"é\": 3}", "{\"a\": {\"b\": 1}}",
        }.Select(Encoding.UTF8.GetBytes),
        // An array and an object whose string is not UTF-8.
        [(byte)'[', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)']'],
        [(byte)'{', (byte)'"', 0xC3, 0x28, (byte)'"', (byte)':', (byte)'1', (byte)'}'],
        // A string whose bytes are not UTF-8.
        [(byte)'"', 0xC3, 0x28, (byte)'"'],
    ];

    [Fact]
    public void Scalars_read_from_text_exactly_as_through_a_reader()
    {
        var compared = 0;
        compared += Agree(KognitosConverters.String);
        compared += Agree(KognitosConverters.Boolean);
        compared += Agree(KognitosConverters.Byte);
        compared += Agree(KognitosConverters.SByte);
        compared += Agree(KognitosConverters.Int16);
        compared += Agree(KognitosConverters.UInt16);
        compared += Agree(KognitosConverters.Int32);
        compared += Agree(KognitosConverters.UInt32);
        compared += Agree(KognitosConverters.Int64);
        compared += Agree(KognitosConverters.UInt64);
        compared += Agree(KognitosConverters.Single);
        compared += Agree(KognitosConverters.Double);
        compared += Agree(KognitosConverters.Decimal);
        compared += Agree(KognitosConverters.Guid);
        compared += Agree(KognitosConverters.DateOnly);
        compared += Agree(KognitosConverters.DateTimeOffset);
        compared += Agree(KognitosConverters.Enum<Color>());
        Assert.Equal(17 * Texts.Length, compared);
    }

    [Fact]
    public void Nullables_and_composites_read_from_text_exactly_as_through_a_reader()
    {
        Agree(KognitosConverters.Nullable(KognitosConverters.Decimal));
        Agree(KognitosConverters.Nullable(KognitosConverters.Int32));
        Agree(KognitosConverters.Nullable(KognitosConverters.Enum<Color>()));
        Agree(KognitosConverters.OrNull(KognitosConverters.String));
        Agree(KognitosConverters.List<List<int>, int>(KognitosConverters.Int32), sequence: true);
        Agree(KognitosConverters.List<List<string>, string>(KognitosConverters.String), sequence: true);
        Agree(KognitosConverters.List<IReadOnlyList<decimal?>, decimal?>(KognitosConverters.Nullable(KognitosConverters.Decimal)), sequence: true);
        Agree(KognitosConverters.Array(KognitosConverters.Boolean), sequence: true);
        Agree(KognitosConverters.Array(KognitosConverters.List<List<int>, int>(KognitosConverters.Int32)), sequence: true);
        Agree(KognitosConverters.Dictionary<Dictionary<string, string>, string>(KognitosConverters.String), sequence: true);
        Agree(KognitosConverters.Dictionary<IReadOnlyDictionary<string, int?>, int?>(KognitosConverters.Nullable(KognitosConverters.Int32)), sequence: true);
        Agree(KognitosConverters.Dictionary<Dictionary<string, JsonElement>, JsonElement>(KognitosConverters.JsonElement), sequence: true);
    }

    [Fact]
    public void Common_shapes_are_read_from_the_text_without_a_reader()
    {
        Assert.True(JsonText.TryString("\"Northwind Traders\""u8, out var text));
        Assert.Equal("Northwind Traders", text);
        Assert.True(JsonText.TryInt32("-17"u8, out var integer));
        Assert.Equal(-17, integer);
        Assert.True(JsonText.TryDecimal("1234.56"u8, out var money));
        Assert.Equal(1234.56m, money);
        Assert.True(JsonText.TryDouble("0.9375"u8, out var ratio));
        Assert.Equal(0.9375, ratio);
        Assert.True(JsonText.TryBoolean("false"u8, out var flag));
        Assert.False(flag);
        Assert.True(JsonText.TryGuid("\"6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13\""u8, out var id));
        Assert.Equal(Guid.Parse("6f1c2a9e-3b7d-4e85-9c41-2d8f0a6b5e13"), id);
        Assert.True(JsonText.TryDateOnly("\"2025-04-30\""u8, out var date));
        Assert.Equal(new DateOnly(2025, 4, 30), date);
        Assert.True(JsonText.TryDateTimeOffset("\"2025-03-14T09:26:53.25+02:00\""u8, out var time));
        Assert.True(new DateTimeOffset(2025, 3, 14, 9, 26, 53, 250, TimeSpan.FromHours(2)).EqualsExact(time));

        // Escapes, numbers in strings, fractions for integers and out-of-range numbers are the reader's to decide.
        Assert.False(JsonText.TryString("\"say \\\"hi\\\"\""u8, out _));
        Assert.False(JsonText.TryInt32("\"12\""u8, out _));
        Assert.False(JsonText.TryInt32("12.0"u8, out _));
        Assert.False(JsonText.TryInt32("2147483648"u8, out _));
        Assert.False(JsonText.TryDouble("1e400"u8, out _));
        Assert.False(JsonText.TryBoolean("\"true\""u8, out _));
        Assert.False(JsonText.TryDateTimeOffset("\"2025-03-14T09:26:53\""u8, out _));
        Assert.False(JsonText.TryDateTimeOffset("\"2025-03-14T09:26:53+15:00\""u8, out _));
    }

    [Fact]
    public void Arrays_and_objects_of_scalars_are_gone_over_from_their_text_and_others_are_left_to_a_reader()
    {
        Assert.Equal(["\"freight\"", "12.5", "true", "null", "\"a\\\"b\""], Elements("[ \"freight\",12.5 ,\ttrue,\nnull, \"a\\\"b\" ]"u8));
        Assert.Empty(Elements("[ ]"u8)!);
        Assert.Equal(["currency=\"EUR\"", "cost centre=4410"], Members("{\"currency\": \"EUR\", \"cost centre\" :4410}"u8));
        Assert.Empty(Members("{}"u8)!);

        // A nested value or a key with escapes stops the text read; the converter then reads the value with a reader.
        Assert.Null(Elements("[1, [2]]"u8));
        Assert.Null(Elements("[{\"a\": 1}]"u8));
        Assert.Null(Members("{\"k\\u00e9y\": 1}"u8));
        Assert.Null(Members("{\"a\": {\"b\": 1}}"u8));
        Assert.Null(Elements("{\"a\": 1}"u8));
        Assert.Null(Members("[1]"u8));
    }

    // The texts FlatJson yields, or null when it stops.
    private static List<string>? Elements(ReadOnlySpan<byte> json)
    {
        var found = new List<string>();
        if (!FlatJson.TryArray(json, out var elements))
            return null;
        bool stop;
        while (elements.TryNext(out _, out var value, out stop))
            found.Add(Encoding.UTF8.GetString(value));
        return stop ? null : found;
    }

    private static List<string>? Members(ReadOnlySpan<byte> json)
    {
        var found = new List<string>();
        if (!FlatJson.TryObject(json, out var members))
            return null;
        bool stop;
        while (members.TryNext(out var key, out var value, out stop))
            found.Add(Encoding.UTF8.GetString(key) + "=" + Encoding.UTF8.GetString(value));
        return stop ? null : found;
    }

    private static int Agree<T>(KognitosValueConverter<T> converter, bool sequence = false)
    {
        var compared = 0;
        foreach (var json in Texts)
        {
            var expected = Outcome(() =>
            {
                var reader = new Utf8JsonReader(json);
                reader.Read();
                return (converter.TryRead(ref reader, out var value), value);
            });
            var actual = Outcome(() => (converter.TryReadJson(json, out var value), value));
            var what = $"{typeof(T).Name} from {Encoding.UTF8.GetString(json)}";
            Assert.True(expected.Error == actual.Error, $"{what}: the reader threw {expected.Error?.Name ?? "nothing"}, the text read threw {actual.Error?.Name ?? "nothing"}");
            Assert.True(expected.Read == actual.Read, $"{what}: the reader said {expected.Read}, the text read {actual.Read}");
            if (expected.Read)
            {
                if (sequence)
                    Assert.Equal(JsonSerializer.Serialize(expected.Value), JsonSerializer.Serialize(actual.Value));
                else if (expected.Value is DateTimeOffset expectedTime && actual.Value is DateTimeOffset actualTime)
                    Assert.True(expectedTime.EqualsExact(actualTime), $"{what}: the reader read {expectedTime:o}, the text read {actualTime:o}");
                else
                    Assert.True(Equals(expected.Value, actual.Value), $"{what}: the reader read {expected.Value}, the text read {actual.Value}");
            }

            compared++;
        }

        return compared;
    }

    private static (bool Read, T? Value, Type? Error) Outcome<T>(Func<(bool, T?)> read)
    {
        try
        {
            var (ok, value) = read();
            return (ok, value, null);
        }
        catch (Exception error)
        {
            return (false, default, error.GetType());
        }
    }
}
