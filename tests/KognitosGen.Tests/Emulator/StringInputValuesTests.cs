using System.Text.Json;
using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>
/// A server that takes input values as strings only (kognitos-api-v2.md 3.7 leaves it open): the refusal names the
/// input, how it was sent and the option; with <see cref="KognitosInputValueForm.Strings"/> every value goes as a string.
/// </summary>
public sealed class StringInputValuesTests
{
    private static Task<KognitosEmulator> StartAsync(InputValueTypes values) =>
        KognitosEmulator.StartAsync(Build(), new KognitosEmulatorOptions { Variants = new EmulatorVariants { InputValues = values } });

    [Theory]
    [InlineData(InputValueTypes.StringsOnly, 400)]
    [InlineData(InputValueTypes.StringsOnlyUnprocessable, 422)]
    public async Task A_typed_start_refused_for_a_value_type_names_the_input_the_reading_and_the_option(InputValueTypes values, int status)
    {
        await using var emulator = await StartAsync(values);
        using var client = ClientFor(emulator);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.RunAsync(new HandWrittenInvoice { InvoiceNumber = "INV-1", Amount = 12.5m }));

        Assert.Equal(KognitosFailureKind.HttpError, error.Kind);
        Assert.Equal(status, error.StatusCode);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Contains("input 'amount' (inputs[1]) was sent as a JSON number (12.5)", error.Message, StringComparison.Ordinal);
        Assert.Contains("reads input values as strings only", error.Message, StringComparison.Ordinal);
        Assert.Contains("safe to send again", error.Message, StringComparison.Ordinal);
        Assert.Contains("KognitosClientOptions.InputValues = KognitosInputValueForm.Strings", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(OrgKey, error.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
    }

    [Fact]
    public async Task With_the_strings_option_a_typed_run_sends_every_value_as_its_invariant_string_and_completes()
    {
        await using var emulator = await StartAsync(InputValueTypes.StringsOnly);
        using var client = ClientFor(emulator, configure: o => o.InputValues = KognitosInputValueForm.Strings);
        var invoice = new HandWrittenInvoice { InvoiceNumber = "INV-2", Amount = 1234.5m };

        var result = await client.RunAsync(invoice);

        Assert.Equal(KognitosRunStatus.Succeeded, result.Run.Status);
        var received = Assert.Single(emulator.Runs).Inputs;
        Assert.Equal(JsonValueKind.String, received.Single(i => i.Key == "amount").Value.ValueKind);
        Assert.Equal("1234.5", received.Single(i => i.Key == "amount").Value.GetString());
        Assert.Equal("INV-2", received.Single(i => i.Key == "invoice number").Value.GetString());
        Assert.True(result.Run.TryGetOutput("the output total", out var total));
        Assert.Equal("1234.5", total.Value.GetString());
    }

    [Fact]
    public async Task With_the_strings_option_an_untyped_start_sends_numbers_booleans_objects_as_strings_and_keeps_strings_and_null()
    {
        await using var emulator = await StartAsync(InputValueTypes.StringsOnly);
        using var client = ClientFor(emulator, configure: o => o.InputValues = KognitosInputValueForm.Strings);
        static KognitosNameValue Input(string name, string json) => new() { Name = name, Value = JsonDocument.Parse(json).RootElement.Clone() };

        await client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "untyped", AgentId = Agent, ProcessId = Invoices,
            Inputs = [Input("amount", "1E+20"), Input("approved", "false"), Input("address", """{"city":"Paris"}"""),
                Input("due", "\"2026-03-01\""), Input("note", "null")],
        });

        var received = Assert.Single(emulator.Runs).Inputs.ToDictionary(i => i.Key, i => i.Value);
        Assert.Equal("1E+20", received["amount"].GetString());
        Assert.Equal("false", received["approved"].GetString());
        Assert.Equal("""{"city":"Paris"}""", received["address"].GetString());
        Assert.Equal("2026-03-01", received["due"].GetString());
        Assert.Equal(JsonValueKind.Null, received["note"].ValueKind);
    }

    [Fact]
    public async Task A_refusal_for_another_reason_keeps_its_own_message()
    {
        await using var emulator = await StartAsync(InputValueTypes.StringsOnly);
        using var client = ClientFor(emulator);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "bad stage", AgentId = Agent, ProcessId = "bad id!",
        }));

        Assert.Equal(400, error.StatusCode);
        Assert.DoesNotContain("InputValues", error.Message, StringComparison.Ordinal);
    }
}
