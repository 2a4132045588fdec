namespace KognitosGen.Emulator.Tests;

/// <summary>The string-only readings of input values (kognitos-api-v2.md 3.7): refusals as the API and as FastAPI write them.</summary>
[Trait("Category", "Emulator")]
public sealed class InputValueTypeTests
{
    private const string Inputs = """[{"name": "invoice number", "value": "INV-1"}, {"name": "amount", "value": 99.5}, {"name": "note", "value": null}]""";

    private static Task<KognitosEmulator> Start(InputValueTypes values) => KognitosEmulator.StartAsync(TestScenarios.Standard(),
        new KognitosEmulatorOptions { Variants = new EmulatorVariants { InputValues = values } });

    private static string Body(string inputs) => $$"""
        {"name": "typed", "process_id": "{{TestScenarios.InvoiceProcess}}", "agent_id": "{{TestScenarios.AgentId}}",
         "stage": "Published", "inputs": {{inputs}}}
        """;

    [Fact]
    public async Task Strings_only_refuses_a_number_with_400_naming_the_input_and_creates_nothing()
    {
        await using var emulator = await Start(InputValueTypes.StringsOnly);
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", Body(Inputs));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal(400, response.Json.GetProperty("status_code").GetInt32());
        Assert.Equal("Invalid input values", response.String("message"));
        var detail = Assert.Single(response.Json.GetProperty("details").EnumerateArray());
        Assert.Equal("inputs[1].value", detail.GetProperty("field").GetString());
        Assert.Contains("valid string", detail.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("'amount'", detail.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Strings_only_unprocessable_refuses_as_FastAPI_does_with_422_and_a_detail_list()
    {
        await using var emulator = await Start(InputValueTypes.StringsOnlyUnprocessable);
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", Body("""[{"name": "approved", "value": true}, {"name": "amount", "value": 99.5}]"""));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.Status);
        var details = response.Json.GetProperty("detail").EnumerateArray().ToList();
        Assert.Equal(2, details.Count);
        Assert.Equal("string_type", details[1].GetProperty("type").GetString());
        Assert.Equal("""["body","inputs",1,"value"]""", details[1].GetProperty("loc").GetRawText());
        Assert.Equal("Input should be a valid string", details[1].GetProperty("msg").GetString());
        Assert.Equal("99.5", details[1].GetProperty("input").GetRawText());
        Assert.Equal("true", details[0].GetProperty("input").GetRawText());
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Theory]
    [InlineData(InputValueTypes.StringsOnly)]
    [InlineData(InputValueTypes.StringsOnlyUnprocessable)]
    public async Task Strings_only_takes_strings_and_null(InputValueTypes values)
    {
        await using var emulator = await Start(values);
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs",
            Body("""[{"name": "invoice number", "value": "INV-1"}, {"name": "amount", "value": "99.5"}, {"name": "note", "value": null}]"""));

        Assert.Equal(HttpStatusCode.Created, response.Status);
    }

    [Fact]
    public async Task Any_JSON_value_is_taken_by_default()
    {
        await using var emulator = await Start(InputValueTypes.AnyJson);
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", Body(Inputs));

        Assert.Equal(HttpStatusCode.Created, response.Status);
    }
}
