using System.Text;
using System.Text.Json;
using KognitosGen.Binding;
using static KognitosGen.Tests.Binding.BindingTestSupport;

namespace KognitosGen.Tests.Binding;

/// <summary>The writers: exact JSON, and that every value reads back the same through <see cref="KognitosValueReaders"/>.</summary>
public sealed class KognitosValueWritersTests
{
    [Theory]
    [InlineData(1.5, "1.5")]
    [InlineData(-0.1, "-0.1")]
    [InlineData(1e300, "1E+300")]
    [InlineData(double.NaN, "\"NaN\"")]
    [InlineData(double.PositiveInfinity, "\"Infinity\"")]
    [InlineData(double.NegativeInfinity, "\"-Infinity\"")]
    public void Double_writes_numbers_and_non_finite_values_as_strings(double value, string expected) =>
        Assert.Equal(expected, Write(w => KognitosValueWriters.Double(w, value)));

    [Theory]
    [InlineData(2.25f, "2.25")]
    [InlineData(float.NaN, "\"NaN\"")]
    [InlineData(float.PositiveInfinity, "\"Infinity\"")]
    [InlineData(float.NegativeInfinity, "\"-Infinity\"")]
    public void Single_writes_numbers_and_non_finite_values_as_strings(float value, string expected) =>
        Assert.Equal(expected, Write(w => KognitosValueWriters.Single(w, value)));

    [Fact]
    public void Dates_and_times_are_iso_8601_in_the_invariant_culture()
    {
        Assert.Equal("\"2024-03-05T10:20:30.0000000Z\"", Write(w => KognitosValueWriters.DateTime(w, new DateTime(2024, 3, 5, 10, 20, 30, DateTimeKind.Utc))));
        Assert.Equal("\"2024-03-05T10:20:30.1234567\"", Write(w => KognitosValueWriters.DateTime(w, new DateTime(2024, 3, 5, 10, 20, 30).AddTicks(1234567))));
        Assert.Equal("\"2024-03-05T10:20:30.0000000+02:00\"", Write(w => KognitosValueWriters.DateTimeOffset(w, new DateTimeOffset(2024, 3, 5, 10, 20, 30, TimeSpan.FromHours(2)))));
        Assert.Equal("\"2024-03-05T10:20:30.5000000-05:30\"", Write(w => KognitosValueWriters.DateTimeOffset(w, new DateTimeOffset(2024, 3, 5, 10, 20, 30, 500, new TimeSpan(-5, -30, 0)))));
        Assert.Equal("\"2024-03-05\"", Write(w => KognitosValueWriters.DateOnly(w, new DateOnly(2024, 3, 5))));
        Assert.Equal("\"14:30:15\"", Write(w => KognitosValueWriters.TimeOnly(w, new TimeOnly(14, 30, 15))));
        Assert.Equal("\"07:05:00.25\"", Write(w => KognitosValueWriters.TimeOnly(w, new TimeOnly(7, 5, 0, 250))));
    }

    [Fact]
    public void Writers_and_readers_ignore_the_current_culture()
    {
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            // A culture with another calendar (Thai Buddhist); skipped where the runtime has no culture data.
            try
            {
                System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("th-TH");
            }
            catch (System.Globalization.CultureNotFoundException)
            {
                return;
            }

            Assert.Equal("\"2024-03-05T10:20:30.0000000Z\"", Write(w => KognitosValueWriters.DateTime(w, new DateTime(2024, 3, 5, 10, 20, 30, DateTimeKind.Utc))));
            Assert.Equal("\"2024-03-05\"", Write(w => KognitosValueWriters.DateOnly(w, new DateOnly(2024, 3, 5))));
            Assert.Equal("1.5", Write(w => KognitosValueWriters.Double(w, 1.5)));
            Assert.Equal((true, 1.5m), Read<decimal>(KognitosValueReaders.TryDecimal, "\"1.5\""));
            Assert.Equal((true, new DateOnly(2024, 3, 5)), Read<DateOnly>(KognitosValueReaders.TryDateOnly, "\"2024-03-05\""));
            Assert.Equal((true, new DateTime(2024, 3, 5, 10, 20, 30)), Read<DateTime>(KognitosValueReaders.TryDateTime, "\"2024-03-05 10:20:30\""));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void TimeSpan_uses_the_constant_format()
    {
        Assert.Equal("\"1.02:03:04.5000000\"", Write(w => KognitosValueWriters.TimeSpan(w, new TimeSpan(1, 2, 3, 4, 500))));
        Assert.Equal("\"00:00:05\"", Write(w => KognitosValueWriters.TimeSpan(w, TimeSpan.FromSeconds(5))));
        Assert.Equal("\"-3.00:00:00\"", Write(w => KognitosValueWriters.TimeSpan(w, TimeSpan.FromDays(-3))));
    }

    [Fact]
    public void Guid_uri_enum_element_and_user_values()
    {
        Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Write(w => KognitosValueWriters.Guid(w, new Guid("0F8FAD5B-D9CB-469F-A165-70867728950E"))));
        Assert.Equal("\"invoices/42.pdf\"", Write(w => KognitosValueWriters.Uri(w, new Uri("invoices/42.pdf", UriKind.Relative))));
        Assert.Equal("\"HTTPS://Example.com/a\"", Write(w => KognitosValueWriters.Uri(w, new Uri("HTTPS://Example.com/a"))));
        Assert.Equal("\"DarkBlue\"", Write(w => KognitosValueWriters.Enum(w, Color.DarkBlue)));
        Assert.Equal("""{"a":[1,2]}""", Write(w => KognitosValueWriters.JsonElement(w, Element("""{"a":[1,2]}"""))));
        Assert.Equal("null", Write(w => KognitosValueWriters.JsonElement(w, default)));
        Assert.Equal("""{"street":"Main","number":7}""", Write(w => KognitosValueWriters.User(w, new Address("Main", 7), BindingTestJson.Default.Address)));
    }

    [Fact]
    public void Values_written_as_they_are_still_take_their_place_in_arrays_and_objects()
    {
        var json = Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("value");
            w.WriteStartArray();
            KognitosValueWriters.DateTimeOffset(w, new DateTimeOffset(2024, 3, 5, 10, 20, 30, TimeSpan.FromHours(2)));
            KognitosValueWriters.Guid(w, Guid.Empty);
            KognitosValueWriters.TimeSpan(w, TimeSpan.FromMinutes(90));
            KognitosValueWriters.Double(w, double.NaN);
            w.WriteEndArray();
            w.WritePropertyName("next");
            KognitosValueWriters.DateOnly(w, new DateOnly(2024, 1, 2));
            w.WriteEndObject();
        });

        Assert.Equal(
            """{"value":["2024-03-05T10:20:30.0000000+02:00","00000000-0000-0000-0000-000000000000","01:30:00","NaN"],"next":"2024-01-02"}""",
            json);
        using var document = JsonDocument.Parse(json);
        Assert.Equal(4, document.RootElement.GetProperty("value").GetArrayLength());
    }

    [Fact]
    public void Writers_refuse_a_null_writer_and_uri()
    {
        Assert.Throws<ArgumentNullException>(() => KognitosValueWriters.Double(null!, 1));
        Assert.Throws<ArgumentNullException>(() => Write(w => KognitosValueWriters.Uri(w, null!)));
    }

    // Round trips: what the writers write, the readers read back as the same value.

    private static T RoundTrip<T>(Action<Utf8JsonWriter, T> write, TryRead<T> read, T value)
    {
        var json = Write(w => write(w, value));
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        Assert.True(read(ref reader, out var back), $"could not read back {json}");
        return back;
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(-1234.5678e-200)]
    [InlineData(double.MaxValue)]
    [InlineData(double.Epsilon)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void Double_round_trips(double value) =>
        Assert.Equal(value, RoundTrip<double>(KognitosValueWriters.Double, KognitosValueReaders.TryDouble, value));

    [Theory]
    [InlineData(0.1f)]
    [InlineData(float.MaxValue)]
    [InlineData(float.NaN)]
    [InlineData(float.PositiveInfinity)]
    [InlineData(float.NegativeInfinity)]
    public void Single_round_trips(float value) =>
        Assert.Equal(value, RoundTrip<float>(KognitosValueWriters.Single, KognitosValueReaders.TrySingle, value));

    [Fact]
    public void Date_and_time_values_round_trip()
    {
        var utc = new DateTime(2024, 3, 5, 10, 20, 30, DateTimeKind.Utc).AddTicks(1234567);
        var back = RoundTrip<DateTime>(KognitosValueWriters.DateTime, KognitosValueReaders.TryDateTime, utc);
        Assert.Equal(utc, back);
        Assert.Equal(DateTimeKind.Utc, back.Kind);

        var unspecified = new DateTime(2024, 3, 5, 10, 20, 30).AddTicks(7);
        Assert.Equal(unspecified, RoundTrip<DateTime>(KognitosValueWriters.DateTime, KognitosValueReaders.TryDateTime, unspecified));

        var offset = new DateTimeOffset(2024, 3, 5, 10, 20, 30, 125, TimeSpan.FromHours(-7));
        var offsetBack = RoundTrip<DateTimeOffset>(KognitosValueWriters.DateTimeOffset, KognitosValueReaders.TryDateTimeOffset, offset);
        Assert.Equal(offset, offsetBack);
        Assert.Equal(offset.Offset, offsetBack.Offset);

        var utcOffset = new DateTimeOffset(2024, 3, 5, 10, 20, 30, TimeSpan.Zero);
        Assert.Equal(TimeSpan.Zero, RoundTrip<DateTimeOffset>(KognitosValueWriters.DateTimeOffset, KognitosValueReaders.TryDateTimeOffset, utcOffset).Offset);

        foreach (var span in new[] { TimeSpan.Zero, new TimeSpan(1, 2, 3, 4, 500), TimeSpan.FromTicks(-1), TimeSpan.MaxValue, TimeSpan.MinValue })
            Assert.Equal(span, RoundTrip<TimeSpan>(KognitosValueWriters.TimeSpan, KognitosValueReaders.TryTimeSpan, span));

        foreach (var date in new[] { DateOnly.MinValue, new DateOnly(2024, 2, 29), DateOnly.MaxValue })
            Assert.Equal(date, RoundTrip<DateOnly>(KognitosValueWriters.DateOnly, KognitosValueReaders.TryDateOnly, date));

        foreach (var time in new[] { TimeOnly.MinValue, new TimeOnly(14, 30, 15, 250), TimeOnly.MaxValue, new TimeOnly(1).Add(TimeSpan.FromHours(3)) })
            Assert.Equal(time, RoundTrip<TimeOnly>(KognitosValueWriters.TimeOnly, KognitosValueReaders.TryTimeOnly, time));
    }

    [Fact]
    public void Other_values_round_trip()
    {
        var guid = Guid.NewGuid();
        Assert.Equal(guid, RoundTrip<Guid>(KognitosValueWriters.Guid, KognitosValueReaders.TryGuid, guid));

        foreach (var uri in new[] { new Uri("https://example.com/a?b=c&d=%20e#f"), new Uri("files/a b.pdf", UriKind.Relative) })
        {
            var json = Write(w => KognitosValueWriters.Uri(w, uri));
            var reader = At(json);
            Assert.True(KognitosValueReaders.TryUri(ref reader, out var back));
            Assert.Equal(uri.OriginalString, back.OriginalString);
            Assert.Equal(uri, back);
        }

        foreach (var color in new[] { Color.Red, Color.DarkBlue })
            Assert.Equal(color, RoundTrip<Color>(KognitosValueWriters.Enum, KognitosValueReaders.TryEnum, color));

        var element = Element("""{"lines":[{"sku":"A-1","qty":2}],"note":null,"ok":true}""");
        Assert.Equal(element.GetRawText(), RoundTrip<JsonElement>(KognitosValueWriters.JsonElement, KognitosValueReaders.TryJsonElement, element).GetRawText());

        var address = new Address("Rue de l'Église", 12);
        var addressJson = Write(w => KognitosValueWriters.User(w, address, BindingTestJson.Default.Address));
        var addressReader = At(addressJson);
        Assert.True(KognitosValueReaders.TryUser(ref addressReader, BindingTestJson.Default.Address, out var addressBack));
        Assert.Equal(address, addressBack);
    }

    [Fact]
    public void Numbers_booleans_and_strings_round_trip_through_the_plain_writer()
    {
        Assert.Equal(79228162514264337593543950335m, RoundTrip<decimal>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryDecimal, decimal.MaxValue));
        Assert.Equal(-0.0001m, RoundTrip<decimal>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryDecimal, -0.0001m));
        Assert.Equal(long.MinValue, RoundTrip<long>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryInt64, long.MinValue));
        Assert.Equal(ulong.MaxValue, RoundTrip<ulong>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryUInt64, ulong.MaxValue));
        Assert.Equal(int.MinValue, RoundTrip<int>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryInt32, int.MinValue));
        Assert.Equal(uint.MaxValue, RoundTrip<uint>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryUInt32, uint.MaxValue));
        Assert.Equal(short.MinValue, RoundTrip<short>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryInt16, short.MinValue));
        Assert.Equal(ushort.MaxValue, RoundTrip<ushort>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryUInt16, ushort.MaxValue));
        Assert.Equal(byte.MaxValue, RoundTrip<byte>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TryByte, byte.MaxValue));
        Assert.Equal(sbyte.MinValue, RoundTrip<sbyte>((w, v) => w.WriteNumberValue(v), KognitosValueReaders.TrySByte, sbyte.MinValue));
        Assert.True(RoundTrip<bool>((w, v) => w.WriteBooleanValue(v), KognitosValueReaders.TryBoolean, true));
        Assert.Equal("café <\"&\"> \u2603", RoundTrip<string>((w, v) => w.WriteStringValue(v), KognitosValueReaders.TryString, "café <\"&\"> \u2603"));
    }
}
