using System.Text;
using System.Text.Json;
using KognitosGen.Emulator;

namespace KognitosGen.SourceGenerators.Tests.Running;

/// <summary>
/// The generated code of this project's own process classes, compiled by the real build and run against the
/// emulator: inputs go out as the documented <c>{name, value}</c> JSON, outputs come back typed.
/// </summary>
public sealed class GeneratedCodeRunTests : IAsyncLifetime
{
    private KognitosEmulator _emulator = null!;
    private KognitosClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await KognitosEmulator.StartAsync(RunningScenario.Build());
        _client = new KognitosClient(new KognitosClientOptions
        {
            BaseUrl = _emulator.BaseAddress,
#pragma warning disable KOG0010 // A key the in-process emulator made up, not a secret.
            ApiKey = RunningScenario.ApiKey,
#pragma warning restore KOG0010
            Polling = new KognitosPollingOptions { InitialInterval = TimeSpan.FromMilliseconds(5), MaxInterval = TimeSpan.FromMilliseconds(20) },
        });
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    private static EchoEveryType SampleEcho() => new()
    {
        Text = "Grüße, \"quoted\"",
        Flag = true,
        Tiny = 255,
        SignedTiny = -128,
        Short = -32768,
        UnsignedShort = 65535,
        Int = int.MinValue,
        UnsignedInt = uint.MaxValue,
        Long = long.MinValue,
        UnsignedLong = ulong.MaxValue,
        Float = 1.5f,
        Double = 0.1 + 0.2,
        Money = 79228162514264337593543950335m,
        When = new DateTime(2026, 1, 15, 9, 30, 0, DateTimeKind.Utc),
        WhenExactly = new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.FromHours(5.5)),
        Day = new DateOnly(2026, 2, 28),
        Time = new TimeOnly(23, 59, 58, 250),
        Duration = new TimeSpan(2, 3, 4, 5),
        Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"),
        Link = new Uri("https://example.com/a?b=c"),
        Color = Color.Blue,
        Maybe = null,
        Numbers = [1, 2, 3],
        Words = ["a", "b"],
        Prices = [9.99m, 0m],
        Counts = new() { ["apples"] = 3, ["pears"] = 0 },
        Raw = JsonDocument.Parse("""{"nested": [1, {"deep": true}]}""").RootElement,
        Address = new Address("1 Main St", "Springfield"),
        Route = [new Address("A", "B"), new Address("C", "D")],
    };

    [Fact]
    public void Inputs_are_written_as_the_documented_name_value_array()
    {
        IKognitosProcess process = new DraftProcess { Greeting = "hello" };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            process.WriteInputs(writer);
            writer.WriteEndArray();
        }

        Assert.Equal("""[{"name":"greeting","value":"hello"}]""", Encoding.UTF8.GetString(buffer.ToArray()));
    }

    [Fact]
    public void Inputs_of_every_type_use_invariant_iso_forms_and_leave_out_nulls()
    {
        IKognitosProcess process = SampleEcho();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            process.WriteInputs(writer);
            writer.WriteEndArray();
        }

        using var document = JsonDocument.Parse(buffer.ToArray());
        var inputs = document.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("value"));
        Assert.Equal(process.Descriptor.InputNames.Where(n => n != "maybe"), inputs.Keys);
        Assert.Equal("2026-01-15T09:30:00.0000000Z", inputs["when"].GetString());
        Assert.Equal("2026-01-15T09:30:00.0000000+05:30", inputs["when exactly"].GetString());
        Assert.Equal("2026-02-28", inputs["day"].GetString());
        Assert.Equal("23:59:58.25", inputs["time"].GetString());
        Assert.Equal("2.03:04:05", inputs["duration"].GetString());
        Assert.Equal("Blue", inputs["color"].GetString());
        Assert.Equal("79228162514264337593543950335", inputs["money"].GetRawText());
        Assert.Equal("18446744073709551615", inputs["unsigned long"].GetRawText());
        Assert.Equal("""[1,2,3]""", inputs["numbers"].GetRawText());
        Assert.Equal("""{"apples":3,"pears":0}""", inputs["counts"].GetRawText());
        Assert.Equal("""{"nested":[1,{"deep":true}]}""", inputs["raw"].GetRawText());
        Assert.Equal("1 Main St", inputs["address"].GetProperty("Street").GetString());
    }

    [Fact]
    public async Task Every_type_survives_the_round_trip_through_the_server()
    {
        var sent = SampleEcho();

        var result = await sent.RunAsync(_client);
        var got = result.Process;

        Assert.Same(sent, got);
        Assert.Equal(sent.Text, got.TextOut);
        Assert.Equal(sent.Flag, got.FlagOut);
        Assert.Equal(sent.Tiny, got.TinyOut);
        Assert.Equal(sent.SignedTiny, got.SignedTinyOut);
        Assert.Equal(sent.Short, got.ShortOut);
        Assert.Equal(sent.UnsignedShort, got.UnsignedShortOut);
        Assert.Equal(sent.Int, got.IntOut);
        Assert.Equal(sent.UnsignedInt, got.UnsignedIntOut);
        Assert.Equal(sent.Long, got.LongOut);
        Assert.Equal(sent.UnsignedLong, got.UnsignedLongOut);
        Assert.Equal(sent.Float, got.FloatOut);
        Assert.Equal(sent.Double, got.DoubleOut);
        Assert.Equal(sent.Money, got.MoneyOut);
        Assert.Equal(sent.When, got.WhenOut.ToUniversalTime());
        Assert.Equal(sent.WhenExactly, got.WhenExactlyOut);
        Assert.Equal(sent.WhenExactly.Offset, got.WhenExactlyOut.Offset);
        Assert.Equal(sent.Day, got.DayOut);
        Assert.Equal(sent.Time, got.TimeOut);
        Assert.Equal(sent.Duration, got.DurationOut);
        Assert.Equal(sent.Id, got.IdOut);
        Assert.Equal(sent.Link, got.LinkOut);
        Assert.Equal(sent.Color, got.ColorOut);
        Assert.Null(got.MaybeOut);
        Assert.Equal(sent.Numbers, got.NumbersOut);
        Assert.Equal(sent.Words, got.WordsOut);
        Assert.Equal(sent.Prices, got.PricesOut);
        Assert.Equal(sent.Counts, got.CountsOut);
        Assert.True(JsonElement.DeepEquals(sent.Raw, got.RawOut), got.RawOut.GetRawText());
        Assert.Equal(sent.Address, got.AddressOut);
        Assert.Equal(sent.Route, got.RouteOut);
    }

    [Fact]
    public async Task Loose_values_and_other_spellings_of_names_bind()
    {
        var result = await new LooseOutputs().RunAsync(_client);
        var process = result.Process;

        Assert.Equal(42, process.Count);
        Assert.True(process.Flag);
        Assert.Equal(12.50m, process.Amount);
        Assert.Equal(Color.Green, process.Color);
        Assert.Equal(7, process.Total);
        Assert.Equal("INV-1", process.InvoiceNumber);
        Assert.Equal("ACME", process.Vendor);
        Assert.Null(process.Optional);
    }

    [Trait("Category", "Reliability")]
    [Fact]
    public async Task Unbindable_outputs_fail_together_and_change_nothing()
    {
        var process = new BrokenOutputs();

        var error = await Assert.ThrowsAsync<KognitosBindingException>(() => process.RunAsync(_client));

        Assert.Equal(KognitosRunStatus.Succeeded, error.Run.Status);
        var byFact = error.Errors.ToDictionary(e => e.FactName);
        Assert.Equal(3, byFact.Count);
        Assert.Equal(KognitosBindingErrorKind.Unconvertible, byFact["the output amount"].Kind);
        Assert.Equal("decimal", byFact["the output amount"].ExpectedType);
        Assert.Equal("\"abc\"", byFact["the output amount"].Json);
        Assert.Equal(KognitosBindingErrorKind.Missing, byFact["the output missing"].Kind);
        Assert.Equal(KognitosBindingErrorKind.Ambiguous, byFact["the output twice"].Kind);
        Assert.Equal(["twice", "Twice"], byFact["the output twice"].Candidates.Order(StringComparer.Ordinal).Reverse());
        Assert.Contains("the output amount", error.Message);
        Assert.Contains("the output missing", error.Message);
        Assert.Contains("the output twice", error.Message);
        Assert.Null(process.Fine);
        Assert.Equal(0m, process.Amount);
    }

    [Fact]
    public async Task Files_are_uploaded_before_the_run_and_named_in_it()
    {
        var process = new FileProcess
        {
            Cover = KognitosFile.FromBytes("cover.txt", "Dear team"u8.ToArray(), "text/plain"),
            Resumes = [KognitosFile.FromBytes("ada.pdf", [1, 2, 3]), KognitosFile.FromBytes("grace.pdf", [4, 5])],
        };

        var result = await process.RunAsync(_client);

        Assert.Equal(3, process.Count);
        Assert.Equal(["cover.txt", "ada.pdf", "grace.pdf"], process.Names);
        Assert.Equal(3, result.Run.FileIds!.Count);
        Assert.Equal(["cover letter", "resumes"], FileProcess.KognitosDescriptor.FileNames);
    }

    [Fact]
    public async Task The_class_stage_reaches_the_server_and_a_record_process_works()
    {
        var handle = await new DraftProcess { Greeting = "hello" }.StartAsync(_client);
        var result = await handle.WaitAsync();

        Assert.Equal(KognitosStage.Draft, handle.Run.Stage);
        Assert.Equal("hello", result.Process.Reply);
        Assert.Equal(KognitosStage.Draft, DraftProcess.KognitosDescriptor.Stage);
    }

    [Fact]
    public void The_descriptor_names_the_process_and_its_facts_in_declaration_order()
    {
        var descriptor = EchoEveryType.KognitosDescriptor;

        Assert.Equal("to echo every type", descriptor.Name);
        Assert.Equal(Ids.Agent, descriptor.AgentId);
        Assert.Equal(Ids.Echo, descriptor.ProcessId);
        Assert.Equal(KognitosStage.Published, descriptor.Stage);
        Assert.Equal(29, descriptor.InputNames.Count);
        Assert.Equal("text", descriptor.InputNames[0]);
        Assert.Equal("the output route", descriptor.OutputNames[^1]);
        Assert.Same(descriptor, ((IKognitosProcess)new EchoEveryType()).Descriptor);
    }

    [Fact]
    public void Binding_a_run_built_in_code_works_without_a_response_body()
    {
        IKognitosProcess process = new LooseOutputs();
        var run = new KognitosRun
        {
            Id = "r1",
            StatusText = "Succeeded",
            OutputsOrNull =
            [
                new KognitosNameValue { Name = "the output count", Value = JsonDocument.Parse("5").RootElement },
                new KognitosNameValue { Name = "flag", Value = JsonDocument.Parse("false").RootElement },
                new KognitosNameValue { Name = "the output amount", Value = JsonDocument.Parse("\"1.25\"").RootElement },
                new KognitosNameValue { Name = "the output color", Value = JsonDocument.Parse("\"RED\"").RootElement },
                new KognitosNameValue { Name = "the output total", Value = JsonDocument.Parse("9").RootElement },
                new KognitosNameValue { Name = "the output invoice number", Value = JsonDocument.Parse("\"X\"").RootElement },
                new KognitosNameValue { Name = "the output vendor", Value = JsonDocument.Parse("\"V\"").RootElement },
                new KognitosNameValue { Name = "the output optional", Value = JsonDocument.Parse("null").RootElement },
            ],
        };

        process.BindOutputs(run);

        var bound = (LooseOutputs)process;
        Assert.Equal(5, bound.Count);
        Assert.False(bound.Flag);
        Assert.Equal(1.25m, bound.Amount);
        Assert.Equal(Color.Red, bound.Color);
        Assert.Null(bound.Optional);
    }
}
