using System.Text.Json;
using KognitosGen.Binding;
using static KognitosGen.Tests.Binding.BindingTestSupport;

namespace KognitosGen.Tests.Binding;

/// <summary>The lenient readers: what they take, what they refuse, and where they leave the reader.</summary>
public sealed class KognitosValueReadersTests
{
    [Theory]
    [InlineData("\"ACME\"", "ACME")]
    [InlineData("\"caf\\u00e9 \\\"quoted\\\"\"", "café \"quoted\"")]
    [InlineData("\"\"", "")]
    [InlineData("12.50", "12.50")]
    [InlineData("-1e3", "-1e3")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    public void String_reads_strings_and_the_text_of_numbers_and_booleans(string json, string expected)
    {
        var (ok, value) = Read<string>(KognitosValueReaders.TryString, json);
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[\"a\"]")]
    [InlineData("{\"a\":\"b\"}")]
    public void String_refuses_null_arrays_and_objects(string json) =>
        Assert.False(Read<string>(KognitosValueReaders.TryString, json).Ok);

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"TRUE\"", true)]
    [InlineData("\"False\"", false)]
    [InlineData("\" true \"", true)]
    public void Boolean_reads_literals_and_strings_in_any_case(string json, bool expected)
    {
        var (ok, value) = Read<bool>(KognitosValueReaders.TryBoolean, json);
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("0")]
    [InlineData("\"yes\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("[]")]
    public void Boolean_refuses_anything_else(string json) =>
        Assert.False(Read<bool>(KognitosValueReaders.TryBoolean, json).Ok);

    [Theory]
    [InlineData("42", 42)]
    [InlineData("-7", -7)]
    [InlineData("0", 0)]
    [InlineData("\"42\"", 42)]
    [InlineData("\" -42 \"", -42)]
    [InlineData("12.0", 12)]
    [InlineData("1.2e1", 12)]
    [InlineData("\"12.000\"", 12)]
    [InlineData("\"1E3\"", 1000)]
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Int32_reads_integral_numbers_and_numeric_strings(string json, int expected)
    {
        var (ok, value) = Read<int>(KognitosValueReaders.TryInt32, json);
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("\"12.5\"")]
    [InlineData("0.1")]
    [InlineData("2147483648")]
    [InlineData("-2147483649")]
    [InlineData("\"2147483648\"")]
    [InlineData("1e40")]
    [InlineData("\"abc\"")]
    [InlineData("\"12abc\"")]
    [InlineData("\"1,000\"")]
    [InlineData("\"0x10\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[1]")]
    [InlineData("{\"a\":1}")]
    public void Int32_refuses_fractions_overflow_garbage_and_other_tokens(string json)
    {
        var (ok, value) = Read<int>(KognitosValueReaders.TryInt32, json);
        Assert.False(ok);
        Assert.Equal(0, value);
    }

    [Fact]
    public void Byte_takes_its_range_only()
    {
        Assert.Equal((true, (byte)255), Read<byte>(KognitosValueReaders.TryByte, "255"));
        Assert.Equal((true, (byte)7), Read<byte>(KognitosValueReaders.TryByte, "\"7\""));
        Assert.False(Read<byte>(KognitosValueReaders.TryByte, "256").Ok);
        Assert.False(Read<byte>(KognitosValueReaders.TryByte, "-1").Ok);
        Assert.False(Read<byte>(KognitosValueReaders.TryByte, "1.5").Ok);
    }

    [Fact]
    public void SByte_takes_its_range_only()
    {
        Assert.Equal((true, sbyte.MinValue), Read<sbyte>(KognitosValueReaders.TrySByte, "-128"));
        Assert.Equal((true, sbyte.MaxValue), Read<sbyte>(KognitosValueReaders.TrySByte, "\"127\""));
        Assert.False(Read<sbyte>(KognitosValueReaders.TrySByte, "128").Ok);
        Assert.False(Read<sbyte>(KognitosValueReaders.TrySByte, "-129").Ok);
    }

    [Fact]
    public void Int16_takes_its_range_only()
    {
        Assert.Equal((true, short.MinValue), Read<short>(KognitosValueReaders.TryInt16, "-32768"));
        Assert.Equal((true, short.MaxValue), Read<short>(KognitosValueReaders.TryInt16, "32767"));
        Assert.False(Read<short>(KognitosValueReaders.TryInt16, "32768").Ok);
        Assert.False(Read<short>(KognitosValueReaders.TryInt16, "\"-32769\"").Ok);
    }

    [Fact]
    public void UInt16_takes_its_range_only()
    {
        Assert.Equal((true, ushort.MaxValue), Read<ushort>(KognitosValueReaders.TryUInt16, "65535"));
        Assert.Equal((true, (ushort)0), Read<ushort>(KognitosValueReaders.TryUInt16, "\"0\""));
        Assert.False(Read<ushort>(KognitosValueReaders.TryUInt16, "65536").Ok);
        Assert.False(Read<ushort>(KognitosValueReaders.TryUInt16, "-1").Ok);
    }

    [Fact]
    public void UInt32_takes_its_range_only()
    {
        Assert.Equal((true, uint.MaxValue), Read<uint>(KognitosValueReaders.TryUInt32, "4294967295"));
        Assert.Equal((true, 3u), Read<uint>(KognitosValueReaders.TryUInt32, "\"3.0\""));
        Assert.False(Read<uint>(KognitosValueReaders.TryUInt32, "4294967296").Ok);
        Assert.False(Read<uint>(KognitosValueReaders.TryUInt32, "-1").Ok);
    }

    [Fact]
    public void Int64_takes_its_range_only()
    {
        Assert.Equal((true, long.MaxValue), Read<long>(KognitosValueReaders.TryInt64, "9223372036854775807"));
        Assert.Equal((true, long.MinValue), Read<long>(KognitosValueReaders.TryInt64, "\"-9223372036854775808\""));
        Assert.Equal((true, 120L), Read<long>(KognitosValueReaders.TryInt64, "1.2E2"));
        Assert.False(Read<long>(KognitosValueReaders.TryInt64, "9223372036854775808").Ok);
        Assert.False(Read<long>(KognitosValueReaders.TryInt64, "\"9223372036854775808\"").Ok);
        Assert.False(Read<long>(KognitosValueReaders.TryInt64, "0.5").Ok);
    }

    [Fact]
    public void UInt64_takes_its_range_only()
    {
        Assert.Equal((true, ulong.MaxValue), Read<ulong>(KognitosValueReaders.TryUInt64, "18446744073709551615"));
        Assert.Equal((true, ulong.MaxValue), Read<ulong>(KognitosValueReaders.TryUInt64, "\" 18446744073709551615 \""));
        Assert.Equal((true, 5ul), Read<ulong>(KognitosValueReaders.TryUInt64, "5.0"));
        Assert.Equal((true, 5ul), Read<ulong>(KognitosValueReaders.TryUInt64, "\"5.0\""));
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "18446744073709551616").Ok);
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "-1").Ok);
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "\"-1\"").Ok);
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "5.5").Ok);
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "\"five\"").Ok);
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "null").Ok);
        Assert.False(Read<ulong>(KognitosValueReaders.TryUInt64, "false").Ok);
    }

    [Theory]
    [InlineData("1.5", 1.5f)]
    [InlineData("\"1.5\"", 1.5f)]
    [InlineData("\" -2.25e2 \"", -225f)]
    [InlineData("3", 3f)]
    public void Single_reads_numbers_and_numeric_strings(string json, float expected)
    {
        var (ok, value) = Read<float>(KognitosValueReaders.TrySingle, json);
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Single_reads_the_non_finite_strings_and_refuses_overflow()
    {
        Assert.True(float.IsNaN(Read<float>(KognitosValueReaders.TrySingle, "\"NaN\"").Value));
        Assert.Equal((true, float.PositiveInfinity), Read<float>(KognitosValueReaders.TrySingle, "\"Infinity\""));
        Assert.Equal((true, float.NegativeInfinity), Read<float>(KognitosValueReaders.TrySingle, "\"-Infinity\""));
        Assert.False(Read<float>(KognitosValueReaders.TrySingle, "1e39").Ok);
        Assert.False(Read<float>(KognitosValueReaders.TrySingle, "\"1e39\"").Ok);
        Assert.False(Read<float>(KognitosValueReaders.TrySingle, "\"abc\"").Ok);
        Assert.False(Read<float>(KognitosValueReaders.TrySingle, "null").Ok);
        Assert.False(Read<float>(KognitosValueReaders.TrySingle, "true").Ok);
    }

    [Theory]
    [InlineData("0.1", 0.1)]
    [InlineData("\"0.1\"", 0.1)]
    [InlineData("\"1e3\"", 1000d)]
    [InlineData("-5", -5d)]
    [InlineData("1.7976931348623157E+308", double.MaxValue)]
    public void Double_reads_numbers_and_numeric_strings(string json, double expected)
    {
        var (ok, value) = Read<double>(KognitosValueReaders.TryDouble, json);
        Assert.True(ok);
        Assert.Equal(expected, value);
    }

    [Fact]
    public void Double_reads_the_non_finite_strings_and_refuses_overflow_and_garbage()
    {
        Assert.True(double.IsNaN(Read<double>(KognitosValueReaders.TryDouble, "\"NaN\"").Value));
        Assert.Equal((true, double.PositiveInfinity), Read<double>(KognitosValueReaders.TryDouble, "\"Infinity\""));
        Assert.Equal((true, double.NegativeInfinity), Read<double>(KognitosValueReaders.TryDouble, "\"-Infinity\""));
        Assert.False(Read<double>(KognitosValueReaders.TryDouble, "1e309").Ok);
        Assert.False(Read<double>(KognitosValueReaders.TryDouble, "\"1e309\"").Ok);
        Assert.False(Read<double>(KognitosValueReaders.TryDouble, "\"1,5\"").Ok);
        Assert.False(Read<double>(KognitosValueReaders.TryDouble, "\"twelve\"").Ok);
        Assert.False(Read<double>(KognitosValueReaders.TryDouble, "null").Ok);
        Assert.False(Read<double>(KognitosValueReaders.TryDouble, "[1.5]").Ok);
    }

    [Theory]
    [InlineData("12.34", "12.34")]
    [InlineData("\"12.34\"", "12.34")]
    [InlineData("\" 12.34 \"", "12.34")]
    [InlineData("\"-0.5\"", "-0.5")]
    [InlineData("\"1e2\"", "100")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Decimal_reads_numbers_and_numeric_strings(string json, string expected)
    {
        var (ok, value) = Read<decimal>(KognitosValueReaders.TryDecimal, json);
        Assert.True(ok);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("79228162514264337593543950336")]
    [InlineData("\"12,34\"")]
    [InlineData("\"12.34 EUR\"")]
    [InlineData("\"NaN\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    public void Decimal_refuses_overflow_garbage_and_other_tokens(string json) =>
        Assert.False(Read<decimal>(KognitosValueReaders.TryDecimal, json).Ok);

    [Fact]
    public void DateTime_reads_iso_strings_keeping_their_kind()
    {
        var (ok, utc) = Read<DateTime>(KognitosValueReaders.TryDateTime, "\"2024-03-05T10:20:30Z\"");
        Assert.True(ok);
        Assert.Equal(new DateTime(2024, 3, 5, 10, 20, 30, DateTimeKind.Utc), utc);
        Assert.Equal(DateTimeKind.Utc, utc.Kind);

        var unspecified = Read<DateTime>(KognitosValueReaders.TryDateTime, "\"2024-03-05T10:20:30.25\"").Value;
        Assert.Equal(new DateTime(2024, 3, 5, 10, 20, 30, 250), unspecified);
        Assert.Equal(DateTimeKind.Unspecified, unspecified.Kind);

        Assert.Equal((true, new DateTime(2024, 3, 5)), Read<DateTime>(KognitosValueReaders.TryDateTime, "\"2024-03-05\""));

        var withOffset = Read<DateTime>(KognitosValueReaders.TryDateTime, "\"2024-03-05T10:20:30+02:00\"").Value;
        Assert.Equal(new DateTime(2024, 3, 5, 8, 20, 30, DateTimeKind.Utc), withOffset.ToUniversalTime());
    }

    [Fact]
    public void DateTime_falls_back_to_an_invariant_parse()
    {
        Assert.Equal((true, new DateTime(2024, 3, 5, 10, 20, 30)), Read<DateTime>(KognitosValueReaders.TryDateTime, "\"2024-03-05 10:20:30\""));
    }

    [Theory]
    [InlineData("\"tomorrow\"")]
    [InlineData("\"2024-13-45\"")]
    [InlineData("\"\"")]
    [InlineData("1709634030")]
    [InlineData("null")]
    [InlineData("[\"2024-03-05\"]")]
    public void DateTime_and_DateTimeOffset_refuse_non_dates(string json)
    {
        Assert.False(Read<DateTime>(KognitosValueReaders.TryDateTime, json).Ok);
        Assert.False(Read<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, json).Ok);
    }

    [Fact]
    public void DateTimeOffset_keeps_an_offset_and_reads_a_value_without_one_as_utc()
    {
        Assert.Equal(
            (true, new DateTimeOffset(2024, 3, 5, 10, 20, 30, TimeSpan.FromHours(2))),
            Read<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, "\"2024-03-05T10:20:30+02:00\""));
        var withOffset = Read<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, "\"2024-03-05T10:20:30-05:30\"").Value;
        Assert.Equal(new TimeSpan(-5, -30, 0), withOffset.Offset);
        Assert.Equal(new DateTime(2024, 3, 5, 10, 20, 30), withOffset.DateTime);

        var noOffset = Read<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, "\"2021-01-01T12:00:00\"").Value;
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 12, 0, 0, TimeSpan.Zero), noOffset);
        Assert.Equal(TimeSpan.Zero, noOffset.Offset);

        var zulu = Read<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, "\"2021-01-01T12:00:00Z\"").Value;
        Assert.Equal(TimeSpan.Zero, zulu.Offset);

        var fallback = Read<DateTimeOffset>(KognitosValueReaders.TryDateTimeOffset, "\"2021-01-01 12:00\"").Value;
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 12, 0, 0, TimeSpan.Zero), fallback);
        Assert.Equal(TimeSpan.Zero, fallback.Offset);
    }

    [Theory]
    [InlineData("\"1.02:03:04.5000000\"", 1, 2, 3, 4, 500)]
    [InlineData("\"02:03:04\"", 0, 2, 3, 4, 0)]
    [InlineData("\"-00:00:05\"", 0, 0, 0, -5, 0)]
    [InlineData("\"1:2:3\"", 0, 1, 2, 3, 0)]
    [InlineData("\"3\"", 3, 0, 0, 0, 0)]
    public void TimeSpan_reads_the_constant_and_general_formats(string json, int days, int hours, int minutes, int seconds, int milliseconds)
    {
        Assert.Equal((true, new TimeSpan(days, hours, minutes, seconds, milliseconds)), Read<TimeSpan>(KognitosValueReaders.TryTimeSpan, json));
    }

    [Theory]
    [InlineData("\"soon\"")]
    [InlineData("\"12:99\"")]
    [InlineData("90")]
    [InlineData("null")]
    public void TimeSpan_refuses_non_durations(string json) =>
        Assert.False(Read<TimeSpan>(KognitosValueReaders.TryTimeSpan, json).Ok);

    [Theory]
    [InlineData("\"0f8fad5b-d9cb-469f-a165-70867728950e\"")]
    [InlineData("\"0F8FAD5B-D9CB-469F-A165-70867728950E\"")]
    [InlineData("\"0f8fad5bd9cb469fa16570867728950e\"")]
    [InlineData("\"{0f8fad5b-d9cb-469f-a165-70867728950e}\"")]
    public void Guid_reads_the_standard_formats(string json) =>
        Assert.Equal((true, new Guid("0f8fad5b-d9cb-469f-a165-70867728950e")), Read<Guid>(KognitosValueReaders.TryGuid, json));

    [Theory]
    [InlineData("\"0f8fad5b-d9cb-469f-a165\"")]
    [InlineData("\"not a guid\"")]
    [InlineData("42")]
    [InlineData("null")]
    public void Guid_refuses_non_guids(string json) =>
        Assert.False(Read<Guid>(KognitosValueReaders.TryGuid, json).Ok);

    [Fact]
    public void Uri_reads_absolute_and_relative_uris()
    {
        var (ok, absolute) = Read<Uri?>(KognitosValueReaders.TryUri, "\"https://example.com/invoices?id=42\"");
        Assert.True(ok);
        Assert.True(absolute!.IsAbsoluteUri);
        Assert.Equal("https://example.com/invoices?id=42", absolute.OriginalString);

        var relative = Read<Uri?>(KognitosValueReaders.TryUri, "\"invoices/42.pdf\"").Value!;
        Assert.False(relative.IsAbsoluteUri);
        Assert.Equal("invoices/42.pdf", relative.OriginalString);

        Assert.False(Read<Uri?>(KognitosValueReaders.TryUri, "42").Ok);
        Assert.False(Read<Uri?>(KognitosValueReaders.TryUri, "null").Ok);
        Assert.False(Read<Uri?>(KognitosValueReaders.TryUri, "{\"href\":\"x\"}").Ok);
    }

    [Theory]
    [InlineData("\"Red\"", Color.Red)]
    [InlineData("\"red\"", Color.Red)]
    [InlineData("\"DARKBLUE\"", Color.DarkBlue)]
    [InlineData("\"darkBlue\"", Color.DarkBlue)]
    [InlineData("\" DarkBlue \"", Color.DarkBlue)]
    public void Enum_reads_names_in_any_case(string json, Color expected) =>
        Assert.Equal((true, expected), Read<Color>(KognitosValueReaders.TryEnum, json));

    [Theory]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"-1\"")]
    [InlineData("\"+1\"")]
    [InlineData("\" 1\"")]
    [InlineData("\"42\"")]
    [InlineData("\"Purple\"")]
    [InlineData("\"Red, DarkBlue\"")]
    [InlineData("\"Dark Blue\"")]
    [InlineData("\"\"")]
    [InlineData("null")]
    [InlineData("true")]
    public void Enum_refuses_numbers_lists_and_undefined_names(string json) =>
        Assert.False(Read<Color>(KognitosValueReaders.TryEnum, json).Ok);

    [Theory]
    [InlineData("{\"a\":[1,2,{\"b\":null}]}", JsonValueKind.Object)]
    [InlineData("[1,\"two\"]", JsonValueKind.Array)]
    [InlineData("\"text\"", JsonValueKind.String)]
    [InlineData("12.5", JsonValueKind.Number)]
    [InlineData("true", JsonValueKind.True)]
    [InlineData("null", JsonValueKind.Null)]
    public void JsonElement_reads_any_value_null_included(string json, JsonValueKind kind)
    {
        var (ok, element) = Read<JsonElement>(KognitosValueReaders.TryJsonElement, json);
        Assert.True(ok);
        Assert.Equal(kind, element.ValueKind);
        Assert.Equal(json, element.GetRawText());
    }

    [Fact]
    public void Readers_leave_the_reader_on_the_last_token_so_the_next_read_reaches_the_next_item()
    {
        var reader = At("""[{"a":[1,2]}, [3, [4]], 5, "6", true, "Red", {"street":"Main","number":7}, "2024-03-05", 8]""");
        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryJsonElement(ref reader, out var first));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal("""{"a":[1,2]}""", first.GetRawText());

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryJsonElement(ref reader, out var second));
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
        Assert.Equal(2, second.GetArrayLength());

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryInt32(ref reader, out var five));
        Assert.Equal(5, five);

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryDecimal(ref reader, out var six));
        Assert.Equal(6m, six);

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryBoolean(ref reader, out var yes));
        Assert.True(yes);

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryEnum(ref reader, out Color red));
        Assert.Equal(Color.Red, red);

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryUser(ref reader, BindingTestJson.Default.Address, out var address));
        Assert.Equal(JsonTokenType.EndObject, reader.TokenType);
        Assert.Equal(new Address("Main", 7), address);

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryDateOnly(ref reader, out var date));
        Assert.Equal(new DateOnly(2024, 3, 5), date);

        Assert.True(reader.Read());
        Assert.True(KognitosValueReaders.TryString(ref reader, out var eight));
        Assert.Equal("8", eight);

        Assert.True(reader.Read());
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void A_refused_value_leaves_the_reader_where_it_was()
    {
        var reader = At("[[1,2],3]");
        Assert.True(reader.Read());
        Assert.False(KognitosValueReaders.TryInt32(ref reader, out _));
        Assert.Equal(JsonTokenType.StartArray, reader.TokenType);
        Assert.Equal(1, reader.CurrentDepth);
    }

    [Fact]
    public void Generated_style_list_binding_reads_every_item()
    {
        var reader = At("[1, \"2\", 3.0]");
        var items = new List<int>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            Assert.True(KognitosValueReaders.TryInt32(ref reader, out var item));
            items.Add(item);
        }

        Assert.Equal([1, 2, 3], items);
    }

    [Theory]
    [InlineData("\"2024-03-05\"", 2024, 3, 5)]
    [InlineData("\" 2024-03-05 \"", 2024, 3, 5)]
    [InlineData("\"2024-03-05T23:30:00-05:00\"", 2024, 3, 5)]
    [InlineData("\"2024-03-05T00:30:00+09:00\"", 2024, 3, 5)]
    [InlineData("\"2024-03-05T10:20:30Z\"", 2024, 3, 5)]
    [InlineData("\"2024-03-05T10:20:30\"", 2024, 3, 5)]
    public void DateOnly_reads_dates_and_the_date_of_iso_date_times_as_written(string json, int year, int month, int day) =>
        Assert.Equal((true, new DateOnly(year, month, day)), Read<DateOnly>(KognitosValueReaders.TryDateOnly, json));

    [Theory]
    [InlineData("\"tomorrow\"")]
    [InlineData("\"05/03/2024\"")]
    [InlineData("\"2024-02-30\"")]
    [InlineData("20240305")]
    [InlineData("null")]
    public void DateOnly_refuses_non_iso_dates(string json) =>
        Assert.False(Read<DateOnly>(KognitosValueReaders.TryDateOnly, json).Ok);

    [Theory]
    [InlineData("\"14:30:15.25\"", 14, 30, 15, 250)]
    [InlineData("\"14:30:15\"", 14, 30, 15, 0)]
    [InlineData("\"14:30\"", 14, 30, 0, 0)]
    [InlineData("\"2024-03-05T14:30:15+02:00\"", 14, 30, 15, 0)]
    [InlineData("\"00:00:00\"", 0, 0, 0, 0)]
    public void TimeOnly_reads_times_and_the_time_of_iso_date_times(string json, int hour, int minute, int second, int millisecond) =>
        Assert.Equal((true, new TimeOnly(hour, minute, second, millisecond)), Read<TimeOnly>(KognitosValueReaders.TryTimeOnly, json));

    [Theory]
    [InlineData("\"25:00\"")]
    [InlineData("\"noon\"")]
    [InlineData("1430")]
    [InlineData("null")]
    public void TimeOnly_refuses_non_times(string json) =>
        Assert.False(Read<TimeOnly>(KognitosValueReaders.TryTimeOnly, json).Ok);

    [Fact]
    public void User_reads_through_the_type_info_and_refuses_what_it_cannot_read()
    {
        var reader = At("""{"street":"Main","number":7,"extra":true}""");
        Assert.True(KognitosValueReaders.TryUser(ref reader, BindingTestJson.Default.Address, out var address));
        Assert.Equal(new Address("Main", 7), address);
        Assert.False(reader.Read());

        reader = At("\"Main 7\"");
        Assert.False(KognitosValueReaders.TryUser(ref reader, BindingTestJson.Default.Address, out var notAnAddress));
        Assert.Null(notAnAddress);

        reader = At("""{"street":"Main","number":"seven"}""");
        Assert.False(KognitosValueReaders.TryUser(ref reader, BindingTestJson.Default.Address, out _));

        reader = At("null");
        Assert.False(KognitosValueReaders.TryUser(ref reader, BindingTestJson.Default.Address, out _));

        reader = At("[1,2]");
        Assert.False(KognitosValueReaders.TryUser(ref reader, BindingTestJson.Default.Int32, out _));
    }

    [Fact]
    public void TypeInfo_finds_registered_types_and_names_the_missing_attribute_otherwise()
    {
        Assert.Same(BindingTestJson.Default.Address, KognitosValueReaders.TypeInfo<Address>(BindingTestJson.Default));

        var error = Assert.Throws<InvalidOperationException>(() => KognitosValueReaders.TypeInfo<List<Guid>>(BindingTestJson.Default));
        Assert.Contains("BindingTestJson", error.Message, StringComparison.Ordinal);
        Assert.Contains("add [JsonSerializable(typeof(List<Guid>))] to it", error.Message, StringComparison.Ordinal);

        var nullable = Assert.Throws<InvalidOperationException>(() => KognitosValueReaders.TypeInfo<int?[]>(BindingTestJson.Default));
        Assert.Contains("typeof(int?[])", nullable.Message, StringComparison.Ordinal);
    }
}
