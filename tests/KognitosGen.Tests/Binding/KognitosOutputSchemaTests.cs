using System.Text.Json;
using KognitosGen.Binding;
using static KognitosGen.Tests.Binding.BindingTestSupport;

namespace KognitosGen.Tests.Binding;

/// <summary>Finding each fact's value in a run's outputs: exact names, normalised names, ambiguity, odd shapes.</summary>
public sealed class KognitosOutputSchemaTests
{
    private static readonly KognitosOutputSchema TotalAndVendor = new(
        ["the output total", "the output vendor"], ["decimal", "string"], [false, false]);

    [Fact]
    public void Exact_names_match()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs("""[{"name":"the output total","value":12.5},{"name":"the output vendor","value":"ACME"}]"""));
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Exact], bound.States);
        Assert.Equal(["12.5", "\"ACME\""], bound.Values);
        Assert.Empty(bound.Errors);
    }

    [Fact]
    public void Normalised_names_match_when_no_name_is_exact()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs("""[{"name":"Total","value":1},{"name":"OUTPUT_VENDOR","value":"ACME"}]"""));
        Assert.Equal([KognitosOutputMatchState.Normalized, KognitosOutputMatchState.Normalized], bound.States);
        Assert.Equal(["1", "\"ACME\""], bound.Values);
        Assert.Empty(bound.Errors);
    }

    [Fact]
    public void An_exact_name_beats_a_normalised_one_even_when_that_comes_first()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs(
            """[{"name":"Total","value":1},{"name":"total","value":2},{"name":"the output total","value":3},{"name":"the output vendor","value":"V"},{"name":"vendor","value":"W"}]"""));
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Exact], bound.States);
        Assert.Equal(["3", "\"V\""], bound.Values);
        Assert.Empty(bound.Errors);
    }

    [Fact]
    public void Two_exact_names_are_ambiguous()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs(
            """[{"name":"the output total","value":1},{"name":"Total","value":2},{"name":"the output total","value":3},{"name":"the output vendor","value":"V"}]"""));
        Assert.Equal([KognitosOutputMatchState.Ambiguous, KognitosOutputMatchState.Exact], bound.States);
        Assert.Null(bound.Values[0]);
        var error = Assert.Single(bound.Errors);
        Assert.Equal(KognitosBindingErrorKind.Ambiguous, error.Kind);
        Assert.Equal("the output total", error.FactName);
        Assert.Equal("decimal", error.ExpectedType);
        Assert.Equal(["the output total", "the output total"], error.Candidates);
        Assert.Null(error.Json);
    }

    [Fact]
    public void Two_normalised_names_are_ambiguous_and_the_error_names_both()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs(
            """[{"name":"the output total","value":1},{"name":"Vendor","value":"A"},{"name":"other","value":0},{"name":"the_output_vendor","value":"B"}]"""));
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Ambiguous], bound.States);
        var error = Assert.Single(bound.Errors);
        Assert.Equal(KognitosBindingErrorKind.Ambiguous, error.Kind);
        Assert.Equal(["Vendor", "the_output_vendor"], error.Candidates);
        Assert.Equal("'the output vendor' (string) matches several outputs: \"Vendor\", \"the_output_vendor\"", error.ToString());
    }

    [Fact]
    public void A_missing_fact_is_an_error_unless_optional()
    {
        var schema = new KognitosOutputSchema(["the output total", "the output note", "the output due"], ["decimal", "string?", "DateOnly"], [false, true, false]);
        var bound = Bound.Of(schema, RunWithOutputs("""[{"name":"something else","value":1}]"""));
        Assert.Equal([KognitosOutputMatchState.None, KognitosOutputMatchState.None, KognitosOutputMatchState.None], bound.States);
        Assert.Equal(2, bound.Errors.Count);
        Assert.All(bound.Errors, e => Assert.Equal(KognitosBindingErrorKind.Missing, e.Kind));
        Assert.Equal(["the output total", "the output due"], bound.Errors.Select(e => e.FactName));
        Assert.Equal("'the output due' (DateOnly) is missing", bound.Errors[1].ToString());
        Assert.Null(bound.Errors[0].Json);
        Assert.Empty(bound.Errors[0].Candidates);
    }

    [Fact]
    public void Members_may_come_in_any_order_and_others_are_ignored()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs("""
            [
              {"value": {"amount": [1, 2, {"name": "the output vendor"}]}, "type": "number", "name": "the output total"},
              {"meta": {"name": "x", "value": "y"}, "value": "ACME", "tags": ["name", "value"], "name": "the output vendor", "extra": null}
            ]
            """));
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Exact], bound.States);
        Assert.Equal(["""{"amount": [1, 2, {"name": "the output vendor"}]}""", "\"ACME\""], bound.Values);
    }

    [Fact]
    public void Escaped_names_match_exactly_and_normalised()
    {
        var schema = new KognitosOutputSchema(["the output café", "the output total", "the output naïve"], ["string", "decimal", "string"], [false, false, false]);
        var bound = Bound.Of(schema, RunWithOutputs(
            """[{"name":"the output caf\u00e9","value":"exact"},{"name":"\u0054\u006Ftal","value":7},{"name":"THE_OUTPUT_NA\u00CFVE","value":"loose"}]"""));
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Normalized, KognitosOutputMatchState.Normalized], bound.States);
        Assert.Equal(["\"exact\"", "7", "\"loose\""], bound.Values);
    }

    [Fact]
    public void Items_without_a_string_name_are_skipped()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs(
            """[{"value":1}, {"name":null,"value":2}, {"name":5,"value":3}, {"name":["the output total"],"value":4}, 7, "the output total", [1], null, {}, {"name":"the output total","value":5}]"""));
        Assert.Equal(KognitosOutputMatchState.Exact, bound.States[0]);
        Assert.Equal("5", bound.Values[0]);
        Assert.Equal(KognitosOutputMatchState.None, bound.States[1]);
    }

    [Fact]
    public void An_item_without_a_value_reads_as_null()
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs("""[{"name":"the output total"},{"name":"vendor","value":null}]"""));
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Normalized], bound.States);
        Assert.Equal(["null", "null"], bound.Values);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData(null)]
    public void No_outputs_means_every_fact_is_missing(string? outputs)
    {
        var bound = Bound.Of(TotalAndVendor, RunWithOutputs(outputs));
        Assert.Equal([KognitosOutputMatchState.None, KognitosOutputMatchState.None], bound.States);
        Assert.Equal("[]", bound.OutputsJson);
        Assert.Equal(2, bound.Errors.Count);
    }

    [Fact]
    public void Only_the_top_level_outputs_member_counts()
    {
        var run = Run("""
            {"meta": {"outputs": [{"name":"the output total","value":1}]}, "id": "r1",
             "outputs": [{"name":"the output total","value":2}], "status": "Succeeded"}
            """);
        var bound = Bound.Of(TotalAndVendor, run);
        Assert.Equal("2", bound.Values[0]);
        Assert.Equal("""[{"name":"the output total","value":2}]""", bound.OutputsJson);
    }

    [Fact]
    public void A_body_with_a_byte_order_mark_is_read()
    {
        var body = "\uFEFF" + """{"id":"r1","outputs":[{"name":"the output total","value":9}]}""";
        var bytes = System.Text.Encoding.UTF8.GetBytes(body);
        var run = new KognitosRun { Id = "r1", RawUtf8 = bytes };
        Assert.Equal("9", Bound.Of(TotalAndVendor, run).Values[0]);
    }

    [Fact]
    public void A_run_built_in_code_is_read_from_its_outputs()
    {
        var run = new KognitosRun
        {
            Id = "r1",
            ProcessId = "p1",
            OutputsOrNull =
            [
                new KognitosNameValue { Name = "the output total", Value = Element("12.5") },
                new KognitosNameValue { Name = "Vendor", Value = Element("\"Café <&>\"") },
                new KognitosNameValue { Name = "the output nothing" },
            ],
        };
        Assert.True(run.RawUtf8.IsEmpty);
        var bound = Bound.Of(TotalAndVendor, run);
        Assert.Equal([KognitosOutputMatchState.Exact, KognitosOutputMatchState.Normalized], bound.States);
        Assert.Equal("12.5", bound.Values[0]);
        using var vendor = JsonDocument.Parse(bound.Values[1]!);
        Assert.Equal("Café <&>", vendor.RootElement.GetString());
        Assert.Contains("\"the output nothing\",\"value\":null", bound.OutputsJson, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_built_in_code_without_outputs_has_none()
    {
        var bound = Bound.Of(TotalAndVendor, new KognitosRun { Id = "r1" });
        Assert.Equal("[]", bound.OutputsJson);
        Assert.Equal(2, bound.Errors.Count);
    }

    private const string RealisticBody = """
        {
          "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z",
          "created_at": "2025-06-30T08:15:02",
          "file_ids": ["s3://kognitos-uploads/org/invoice-42.pdf"],
          "id": "9nvx1hdm9bd74rp585oe81t5i",
          "name": "Invoice INV-42",
          "outputs": [
            {"name": "the output invoice number", "value": "INV-42"},
            {"name": "the output total", "value": 1249.95},
            {"name": "the output currency", "value": "eur"},
            {"name": "the output line count", "value": "3"},
            {"name": "the output paid", "value": "TRUE"},
            {"name": "the output due date", "value": "2025-07-31"},
            {"name": "the output processed at", "value": "2025-06-30T08:15:09.123+02:00"},
            {"name": "the_output_vendor", "value": "ACME Büro GmbH"},
            {"name": "the output line amounts", "value": [400, "449.95", 400.0]},
            {"name": "the output address", "value": {"street": "Hauptstraße", "number": 12}},
            {"name": "the output review link", "value": "https://example.com/review/42?step=2"},
            {"name": "the output raw", "value": {"confidence": 0.97, "pages": [1, 2]}}
          ],
          "process_id": "b4fznghynbdemslfd5k044fgd",
          "stage": "Published",
          "status": "Succeeded"
        }
        """;

    private static readonly KognitosOutputSchema InvoiceSchema = new(
        [
            "the output invoice number", "the output total", "the output currency", "the output line count",
            "the output paid", "the output due date", "the output processed at", "the output vendor",
            "the output line amounts", "the output address", "the output review link", "the output raw",
            "the output note",
        ],
        ["string", "decimal", "Currency", "int", "bool", "DateOnly", "DateTimeOffset", "string", "List<decimal>", "Address", "Uri", "JsonElement", "string?"],
        [false, false, false, false, false, false, false, false, false, false, false, false, true]);

    public enum Currency
    {
        Usd,
        Eur,
    }

    private sealed class Invoice
    {
        public string InvoiceNumber = "";
        public decimal Total;
        public Currency Currency;
        public int LineCount;
        public bool Paid;
        public DateOnly DueDate;
        public DateTimeOffset ProcessedAt;
        public string Vendor = "";
        public List<decimal> LineAmounts = [];
        public Address? Address;
        public Uri? ReviewLink;
        public JsonElement Raw;
        public string? Note;
    }

    private static readonly KognitosValueConverter<List<decimal>> DecimalList = KognitosConverters.List<List<decimal>, decimal>(KognitosConverters.Decimal);
    private static readonly KognitosValueConverter<Address> AddressConverter = KognitosConverters.User<Address>(BindingTestJson.Default);
    private static readonly KognitosValueConverter<string?> NullableString = KognitosConverters.OrNull(KognitosConverters.String);

    // What generated code does: one pass, each found value read in place, every error reported at once.
    private static Invoice BindInvoice(KognitosRun run)
    {
        var outputs = InvoiceSchema.Read(run, stackalloc byte[13]);
        var invoice = new Invoice();
        while (outputs.MoveNext())
        {
            switch (outputs.Fact)
            {
                case 0: outputs.ReadValue(KognitosConverters.String, ref invoice.InvoiceNumber); break;
                case 1: outputs.ReadValue(KognitosConverters.Decimal, ref invoice.Total); break;
                case 2: outputs.ReadValue(KognitosConverters.Enum<Currency>(), ref invoice.Currency); break;
                case 3: outputs.ReadValue(KognitosConverters.Int32, ref invoice.LineCount); break;
                case 4: outputs.ReadValue(KognitosConverters.Boolean, ref invoice.Paid); break;
                case 5: outputs.ReadValue(KognitosConverters.DateOnly, ref invoice.DueDate); break;
                case 6: outputs.ReadValue(KognitosConverters.DateTimeOffset, ref invoice.ProcessedAt); break;
                case 7: outputs.ReadValue(KognitosConverters.String, ref invoice.Vendor); break;
                case 8: outputs.ReadValue(DecimalList, ref invoice.LineAmounts); break;
                case 9: outputs.ReadValue(AddressConverter, ref invoice.Address!); break;
                case 10: outputs.ReadValue(KognitosConverters.Uri, ref invoice.ReviewLink!); break;
                case 11: outputs.ReadValue(KognitosConverters.JsonElement, ref invoice.Raw); break;
                case 12: outputs.ReadValue(NullableString, ref invoice.Note); break;
            }
        }

        outputs.ThrowIfErrors();
        return invoice;
    }

    [Fact]
    public void A_realistic_get_body_binds_twelve_outputs_of_mixed_types()
    {
        var run = Run(RealisticBody);
        Assert.Equal(12, run.Outputs.Count);
        var invoice = BindInvoice(run);

        Assert.Equal("INV-42", invoice.InvoiceNumber);
        Assert.Equal(1249.95m, invoice.Total);
        Assert.Equal(Currency.Eur, invoice.Currency);
        Assert.Equal(3, invoice.LineCount);
        Assert.True(invoice.Paid);
        Assert.Equal(new DateOnly(2025, 7, 31), invoice.DueDate);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 8, 15, 9, 123, TimeSpan.FromHours(2)), invoice.ProcessedAt);
        Assert.Equal("ACME Büro GmbH", invoice.Vendor);
        Assert.Equal([400m, 449.95m, 400m], invoice.LineAmounts);
        Assert.Equal(new Address("Hauptstraße", 12), invoice.Address);
        Assert.Equal(new Uri("https://example.com/review/42?step=2"), invoice.ReviewLink);
        Assert.Equal(0.97, invoice.Raw.GetProperty("confidence").GetDouble());
        Assert.Null(invoice.Note);
    }

    [Fact]
    public void The_same_outputs_bind_the_same_from_a_run_built_in_code()
    {
        var fromBody = Run(RealisticBody);
        var inCode = new KognitosRun { Id = fromBody.Id, OutputsOrNull = fromBody.Outputs };
        var invoice = BindInvoice(inCode);
        Assert.Equal("ACME Büro GmbH", invoice.Vendor);
        Assert.Equal([400m, 449.95m, 400m], invoice.LineAmounts);
        Assert.Equal(new Address("Hauptstraße", 12), invoice.Address);
    }

    [Fact]
    public void Every_bad_output_of_a_realistic_body_is_reported_at_once()
    {
        var body = RealisticBody
            .Replace("\"value\": 1249.95", "\"value\": \"about a thousand\"", StringComparison.Ordinal)
            .Replace("\"value\": \"eur\"", "\"value\": \"1\"", StringComparison.Ordinal)
            .Replace("{\"name\": \"the output paid\", \"value\": \"TRUE\"},", "", StringComparison.Ordinal)
            .Replace("\"2025-07-31\"", "\"tomorrow\"", StringComparison.Ordinal)
            .Replace("\"449.95\"", "\"n/a\"", StringComparison.Ordinal)
            .Replace("{\"name\": \"the output raw\"", "{\"name\": \"Vendor\", \"value\": 1}, {\"name\": \"the output raw\"", StringComparison.Ordinal);
        var run = Run(body);

        var error = Assert.Throws<KognitosBindingException>(() => BindInvoice(run));
        Assert.Same(run, error.Run);
        Assert.Equal(
            [
                ("the output total", KognitosBindingErrorKind.Unconvertible),
                ("the output currency", KognitosBindingErrorKind.Unconvertible),
                ("the output paid", KognitosBindingErrorKind.Missing),
                ("the output due date", KognitosBindingErrorKind.Unconvertible),
                ("the output vendor", KognitosBindingErrorKind.Ambiguous),
                ("the output line amounts", KognitosBindingErrorKind.Unconvertible),
            ],
            error.Errors.Select(e => (e.FactName, e.Kind)));
        Assert.Equal("\"about a thousand\"", error.Errors[0].Json);
        Assert.Equal("[400, \"n/a\", 400.0]", error.Errors[5].Json);
        Assert.Equal(["the_output_vendor", "Vendor"], error.Errors[4].Candidates);
        Assert.Equal(
            "Kognitos run 9nvx1hdm9bd74rp585oe81t5i (process b4fznghynbdemslfd5k044fgd) outputs could not be bound:" + Environment.NewLine
            + "'the output total' (decimal) could not be read from \"about a thousand\"" + Environment.NewLine
            + "'the output currency' (Currency) could not be read from \"1\"" + Environment.NewLine
            + "'the output paid' (bool) is missing" + Environment.NewLine
            + "'the output due date' (DateOnly) could not be read from \"tomorrow\"" + Environment.NewLine
            + "'the output vendor' (string) matches several outputs: \"the_output_vendor\", \"Vendor\"" + Environment.NewLine
            + "'the output line amounts' (List<decimal>) could not be read from [400, \"n/a\", 400.0]",
            error.Message);
    }

    [Fact]
    public void Binding_allocates_nothing_when_every_fact_matches_exactly()
    {
        var run = Run(RealisticBody.Replace("the_output_vendor", "the output vendor", StringComparison.Ordinal)
            .Replace("the output invoice number", "the output invoice \\u006eumber", StringComparison.Ordinal));
        var schema = new KognitosOutputSchema(
            [.. run.Outputs.Select(o => o.Name).Reverse()],
            [.. run.Outputs.Select(_ => "JsonElement")],
            new bool[run.Outputs.Count]);

        var warm = FindAndReadNumbers(schema, run);
        Assert.Equal(schema.Count, warm);

        var before = GC.GetAllocatedBytesForCurrentThread();
        var found = FindAndReadNumbers(schema, run);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(schema.Count, found);
        Assert.Equal(0, allocated);
    }

    // The whole exact path of generated code, numbers read and other values skipped: nothing needs the heap.
    private static int FindAndReadNumbers(KognitosOutputSchema schema, KognitosRun run)
    {
        var outputs = schema.Read(run, stackalloc byte[schema.Count]);
        var found = 0;
        decimal number = 0;
        while (outputs.MoveNext())
        {
            if (outputs.StateOf(outputs.Fact) == KognitosOutputMatchState.Exact)
                found++;
            if (string.Equals(schema.FactName(outputs.Fact), "the output total", StringComparison.Ordinal))
                outputs.ReadValue(KognitosConverters.Decimal, ref number);
        }

        outputs.ThrowIfErrors();
        return number == 1249.95m ? found : -1;
    }

    [Fact]
    public void Unconvertible_values_keep_their_json_cut_to_120_characters()
    {
        var longText = new string('x', 300);
        var run = RunWithOutputs($$$"""[{"name":"the output total","value":"{{{longText}}}"},{"name":"the output vendor","value":{"a": 1}}]""");

        var errors = Assert.Throws<KognitosBindingException>(() => BindTotalAndVendor(run)).Errors;

        var cut = errors[0].Json!;
        Assert.Equal(121, cut.Length);
        Assert.Equal("\"" + new string('x', 119) + "…", cut);
        Assert.Equal(KognitosBindingErrorKind.Unconvertible, errors[0].Kind);
        Assert.Equal("{\"a\": 1}", errors[1].Json);
    }

    [Fact]
    public void A_huge_multibyte_value_is_cut_by_characters()
    {
        var huge = string.Concat(Enumerable.Repeat("é\U0001F600", 5000));
        var run = RunWithOutputs($$$"""[{"name":"the output total","value":["{{{huge}}}"]},{"name":"the output vendor","value":"V"}]""");

        var error = Assert.Single(Assert.Throws<KognitosBindingException>(() => BindTotalAndVendor(run)).Errors);

        var cut = error.Json!;
        Assert.Equal("[\"" + string.Concat(Enumerable.Repeat("é\U0001F600", 39)) + "é…", cut);
        Assert.DoesNotContain('\uFFFD', cut);
    }

    [Fact]
    public void A_value_that_fails_half_way_is_skipped_whole_and_the_next_outputs_still_bind()
    {
        var run = RunWithOutputs("""
            [{"name":"the output total","value":[1, [2, {"x": [3]}], "four", {"five": 5}], "after": [9]},
             {"name":"the output vendor","value":"ACME"}]
            """);
        var list = KognitosConverters.List<List<decimal>, decimal>(KognitosConverters.Decimal);
        var outputs = TotalAndVendor.Read(run, stackalloc byte[2]);
        List<decimal> total = [];
        var vendor = "";
        while (outputs.MoveNext())
        {
            if (outputs.Fact == 0)
                outputs.ReadValue(list, ref total);
            else
                outputs.ReadValue(KognitosConverters.String, ref vendor);
        }

        Assert.Equal("ACME", vendor);
        Assert.Empty(total);
        KognitosBindingException? thrown = null;
        try
        {
            outputs.ThrowIfErrors();
        }
        catch (KognitosBindingException exception)
        {
            thrown = exception;
        }

        var error = Assert.Single(Assert.IsType<KognitosBindingException>(thrown).Errors);
        Assert.Equal(KognitosBindingErrorKind.Unconvertible, error.Kind);
        Assert.Equal("[1, [2, {\"x\": [3]}], \"four\", {\"five\": 5}]", error.Json);
    }

    [Fact]
    public void A_value_not_read_is_skipped_and_read_value_refuses_without_a_current_value()
    {
        var run = RunWithOutputs("""[{"name":"the output total","value":{"nested":[1,2]}},{"name":"the output vendor","value":"V"}]""");
        var outputs = TotalAndVendor.Read(run, stackalloc byte[2]);
        var vendor = "";
        var seen = new List<int>();
        while (outputs.MoveNext())
        {
            seen.Add(outputs.Fact);
            if (outputs.Fact == 1)
                outputs.ReadValue(KognitosConverters.String, ref vendor);
        }

        Assert.Equal([0, 1], seen);
        Assert.Equal("V", vendor);
        var refused = false;
        try
        {
            outputs.ReadValue(KognitosConverters.String, ref vendor);
        }
        catch (InvalidOperationException)
        {
            refused = true;
        }

        Assert.True(refused);
    }

    [Fact]
    public void Error_checks_go_over_outputs_not_yet_seen()
    {
        var run = RunWithOutputs("""[{"name":"the output vendor","value":"V"},{"name":"the output vendor","value":"W"}]""");
        var outputs = TotalAndVendor.Read(run, stackalloc byte[2]);
        Assert.True(outputs.MoveNext());
        var errors = Assert.Throws<KognitosBindingException>(() => ThrowAfterOneStep(run)).Errors;
        Assert.Equal([("the output total", KognitosBindingErrorKind.Missing), ("the output vendor", KognitosBindingErrorKind.Ambiguous)], errors.Select(e => (e.FactName, e.Kind)));

        static void ThrowAfterOneStep(KognitosRun run)
        {
            var outputs = TotalAndVendor.Read(run, stackalloc byte[2]);
            outputs.MoveNext();
            outputs.ThrowIfErrors();
        }
    }

    private static void BindTotalAndVendor(KognitosRun run)
    {
        var outputs = TotalAndVendor.Read(run, stackalloc byte[2]);
        decimal total = 0;
        var vendor = "";
        while (outputs.MoveNext())
        {
            if (outputs.Fact == 0)
                outputs.ReadValue(KognitosConverters.Decimal, ref total);
            else
                outputs.ReadValue(KognitosConverters.String, ref vendor);
        }

        outputs.ThrowIfErrors();
    }

    [Fact]
    public void The_schema_checks_its_arguments()
    {
        Assert.Throws<ArgumentException>(() => new KognitosOutputSchema(["a", "b"], ["int"], [false, false]));
        Assert.Throws<ArgumentException>(() => new KognitosOutputSchema(["a"], ["int"], [false, true]));
        Assert.Throws<ArgumentNullException>(() => new KognitosOutputSchema(null!, [], []));
        Assert.Throws<ArgumentException>(() => new KognitosOutputSchema([null!], ["int"], [false]));
        var clash = Assert.Throws<ArgumentException>(() => new KognitosOutputSchema(["the output total", "Total"], ["int", "int"], [false, false]));
        Assert.Contains("'the output total' and 'Total'", clash.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => { _ = TotalAndVendor.Read(RunWithOutputs("[]"), new byte[1]); });
        Assert.Throws<ArgumentNullException>(() => { _ = TotalAndVendor.Read(null!, new byte[2]); });

        var schema = new KognitosOutputSchema(["the output total"], ["decimal"], [true]);
        Assert.Equal(1, schema.Count);
        Assert.Equal("the output total", schema.FactName(0));
        Assert.Equal("decimal", schema.ExpectedType(0));
        Assert.True(schema.IsOptional(0));
    }

    [Fact]
    public void An_empty_schema_matches_nothing()
    {
        var schema = new KognitosOutputSchema([], [], []);
        Assert.Empty(Bound.Of(schema, RunWithOutputs("""[{"name":"the output total","value":1}]""")).Values);
    }

    [Fact]
    public void A_larger_span_than_needed_is_fine()
    {
        var run = RunWithOutputs("""[{"name":"the output vendor","value":"V"}]""");
        var outputs = TotalAndVendor.Read(run, new byte[5]);
        var vendor = "";
        Assert.True(outputs.MoveNext());
        Assert.Equal(1, outputs.Fact);
        outputs.ReadValue(KognitosConverters.String, ref vendor);
        Assert.False(outputs.MoveNext());
        Assert.Equal("V", vendor);
        Assert.True(outputs.IsBound(1));
        Assert.False(outputs.IsBound(0));
    }
}
