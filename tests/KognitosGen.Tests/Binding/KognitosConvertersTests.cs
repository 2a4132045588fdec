using System.Text.Json;
using KognitosGen.Binding;
using static KognitosGen.Tests.Binding.BindingTestSupport;

namespace KognitosGen.Tests.Binding;

/// <summary>The composed converters generated code uses: nesting, nulls, declared shapes, failures and writes.</summary>
public sealed class KognitosConvertersTests
{
    private static (bool Ok, T Value) ReadWith<T>(KognitosValueConverter<T> converter, string json) =>
        Read<T>((ref Utf8JsonReader reader, out T value) => converter.TryRead(ref reader, out value!), json);

    [Fact]
    public void Scalars_read_leniently_through_the_shared_readers()
    {
        Assert.Equal((true, 12.5m), ReadWith(KognitosConverters.Decimal, "\"12.5\""));
        Assert.Equal((true, true), ReadWith(KognitosConverters.Boolean, "\"TRUE\""));
        Assert.Equal((true, "42"), ReadWith(KognitosConverters.String, "42"));
        Assert.Equal((true, Color.DarkBlue), ReadWith(KognitosConverters.Enum<Color>(), "\"darkblue\""));
        Assert.False(ReadWith(KognitosConverters.Int32, "1.5").Ok);
        Assert.False(ReadWith(KognitosConverters.String, "null").Ok);
        Assert.Same(KognitosConverters.Enum<Color>(), KognitosConverters.Enum<Color>());
    }

    [Fact]
    public void Nullables_take_json_null_and_otherwise_their_inner_converter()
    {
        var nullableDecimal = KognitosConverters.Nullable(KognitosConverters.Decimal);
        Assert.Equal((true, (decimal?)null), ReadWith(nullableDecimal, "null"));
        Assert.Equal((true, (decimal?)3m), ReadWith(nullableDecimal, "3"));
        Assert.False(ReadWith(nullableDecimal, "\"x\"").Ok);

        var nullableString = KognitosConverters.OrNull(KognitosConverters.String);
        Assert.Equal((true, (string?)null), ReadWith(nullableString, "null"));
        Assert.Equal("null", Write(w => nullableString.Write(w, null)));
        Assert.Equal("null", Write(w => nullableDecimal.Write(w, null)));
        Assert.Equal("2.5", Write(w => nullableDecimal.Write(w, 2.5m)));
    }

    [Fact]
    public void Lists_arrays_and_dictionaries_nest_to_any_depth_and_read_as_their_declared_shape()
    {
        var matrix = KognitosConverters.List<IReadOnlyList<int[]>, int[]>(KognitosConverters.Array(KognitosConverters.Int32));
        var (ok, value) = ReadWith(matrix, "[[1, 2], [], [\"3\"]]");
        Assert.True(ok);
        Assert.IsType<List<int[]>>(value);
        Assert.Equal([[1, 2], [], [3]], value);

        var totals = KognitosConverters.Dictionary<IReadOnlyDictionary<string, decimal?>, decimal?>(KognitosConverters.Nullable(KognitosConverters.Decimal));
        var (read, map) = ReadWith(totals, """{"a": 1.5, "b": null, "A": "2"}""");
        Assert.True(read);
        Assert.Equal(3, map.Count);
        Assert.Null(map["b"]);
        Assert.Equal(2m, map["A"]);

        Assert.Equal("""[[1,2],[],[3]]""", Write(w => matrix.Write(w, value)));
        Assert.Equal("""{"a":1.5,"b":null,"A":2}""", Write(w => totals.Write(w, map)));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[1, \"x\"]")]
    [InlineData("[[1], 2]")]
    [InlineData("\"[1]\"")]
    public void A_list_that_does_not_fit_is_refused(string json) =>
        Assert.False(ReadWith(KognitosConverters.List<List<List<int>>, List<int>>(KognitosConverters.List<List<int>, int>(KognitosConverters.Int32)), json).Ok);

    [Fact]
    public void A_dictionary_that_does_not_fit_is_refused()
    {
        var converter = KognitosConverters.Dictionary<Dictionary<string, int>, int>(KognitosConverters.Int32);
        Assert.False(ReadWith(converter, "[]").Ok);
        Assert.False(ReadWith(converter, """{"a": "b"}""").Ok);
    }

    [Fact]
    public void Any_sequence_is_written_and_an_impossible_declared_shape_is_refused_when_built()
    {
        var strings = KognitosConverters.List<IEnumerable<string>, string>(KognitosConverters.String);
        Assert.Equal("""["a","b"]""", Write(w => strings.Write(w, new[] { "a", "b" })));
        Assert.Equal("""["c"]""", Write(w => strings.Write(w, new HashSet<string> { "c" })));
        Assert.Equal("""["d"]""", Write(w => strings.Write(w, new List<string> { "d" })));

        Assert.Throws<ArgumentException>(() => KognitosConverters.List<HashSet<string>, string>(KognitosConverters.String));
        Assert.Throws<ArgumentException>(() => KognitosConverters.Dictionary<SortedDictionary<string, int>, int>(KognitosConverters.Int32));
        Assert.Throws<ArgumentNullException>(() => KognitosConverters.Array<int>(null!));
    }

    [Fact]
    public void User_types_go_through_their_context_and_a_context_without_the_type_says_so_when_used()
    {
        var address = KognitosConverters.User<Address>(BindingTestJson.Default);
        Assert.Equal((true, new Address("Main", 3)), ReadWith(address, """{"street": "Main", "number": 3}"""));
        Assert.False(ReadWith(address, "null").Ok);
        Assert.Equal("""{"street":"Main","number":3}""", Write(w => address.Write(w, new Address("Main", 3))));

        var unknown = KognitosConverters.User<Color>(BindingTestJson.Default);
        var error = Assert.Throws<InvalidOperationException>(() => ReadWith(unknown, "\"Red\""));
        Assert.Contains("[JsonSerializable(typeof(", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Inputs_are_written_as_name_value_objects_and_null_inputs_are_left_out()
    {
        var schema = new KognitosInputSchema(["amount", "note", "discount", "due"]);
        var json = Write(w =>
        {
            w.WriteStartArray();
            schema.Write(w, 0, 12.5m, KognitosConverters.Decimal);
            schema.Write(w, 1, (string?)null!, KognitosConverters.String);
            schema.Write(w, 2, (decimal?)null, KognitosConverters.Decimal);
            schema.Write(w, 3, (decimal?)1m, KognitosConverters.Decimal);
            w.WriteEndArray();
        });
        Assert.Equal("""[{"name":"amount","value":12.5},{"name":"due","value":1}]""", json);
        Assert.Equal(4, schema.Count);
        Assert.Throws<ArgumentNullException>(() => schema.Write(null!, 0, 1m, KognitosConverters.Decimal));
        Assert.Throws<ArgumentNullException>(() => schema.Write(null!, 2, (decimal?)null, KognitosConverters.Decimal));
    }

    [Fact]
    public void An_input_whose_converter_writes_nothing_fails_with_its_name_even_when_the_writer_skips_its_checks()
    {
        // The client writes run starts without the writer's structural checks, so the schema makes this one itself.
        // A name the writer escapes: the message gives it as written.
        var schema = new KognitosInputSchema(["amount", "código postal"]);
        using var buffer = new MemoryStream();
        using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { SkipValidation = true });
        writer.WriteStartArray();
        schema.Write(writer, 0, 1m, KognitosConverters.Decimal);
        var error = Assert.Throws<InvalidOperationException>(() => schema.Write(writer, 1, "1017", new WritesNothing()));
        Assert.Contains("'código postal'", error.Message, StringComparison.Ordinal);
    }

    private sealed class WritesNothing : KognitosValueConverter<string>
    {
        public override bool TryRead(ref Utf8JsonReader reader, out string value)
        {
            value = "";
            return false;
        }

        public override void Write(Utf8JsonWriter writer, string value)
        {
        }
    }
}
