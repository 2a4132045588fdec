using KognitosGen.Emulator;
using KognitosGen.RunStart;
using KognitosGen.Tests.Emulator;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Client;

/// <summary>A business key gives one run per key: a repeated start returns the run that exists, a race is reported.</summary>
public sealed class BusinessKeyTests : EmulatorTest
{
    private static HandWrittenInvoice Invoice(string number) => new() { InvoiceNumber = number, Amount = 10m };

    private static KognitosStartOptions Keyed(string key) => new() { BusinessKey = key };

    [Fact]
    public async Task A_repeated_start_of_a_key_returns_the_run_that_exists_without_sending_a_start()
    {
        using var other = EmulatorScenarios.ClientFor(Emulator);

        var first = await Client.StartAsync(Invoice("INV-1"), Keyed("INV-1"));
        var again = await other.StartAsync(Invoice("INV-1"), Keyed("INV-1"));

        Assert.Equal(first.RunId, again.RunId);
        Assert.Equal(1, Emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
        Assert.Equal(1, Emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.EndsWith("[" + RunStartToken.ForKey("INV-1") + "]", first.Run.Name);
        var done = await again.WaitAsync();
        Assert.Equal(10m, done.Process.Total);
    }

    [Fact]
    public async Task A_keys_run_behind_a_full_page_of_newer_runs_is_still_found()
    {
        var first = await Client.StartAsync(Invoice("INV-3"), Keyed("INV-3"));
        for (var i = 0; i < 120; i++)
        {
            await Client.CreateRunAsync(new KognitosCreateRunRequest
            {
                Name = $"later {i}", AgentId = EmulatorScenarios.Agent, ProcessId = EmulatorScenarios.Invoices, Stage = KognitosStage.Published,
            });
        }

        var again = await Client.StartAsync(Invoice("INV-3"), Keyed("INV-3"));

        Assert.Equal(first.RunId, again.RunId);
        Assert.Equal(121, Emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
    }

    [Fact]
    public async Task Different_keys_start_different_runs()
    {
        var a = await Client.StartAsync(Invoice("INV-1"), Keyed("INV-1"));
        var b = await Client.StartAsync(Invoice("INV-2"), Keyed("INV-2"));

        Assert.NotEqual(a.RunId, b.RunId);
        Assert.Equal(2, Emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
        Assert.NotEqual(RunStartToken.ForKey("INV-1"), RunStartToken.ForKey("INV-2"));
    }

    [Fact]
    public async Task A_key_finds_its_run_even_with_run_start_recovery_off()
    {
        using var plain = EmulatorScenarios.ClientFor(Emulator, configure: o => o.RunStartRecovery = false);

        var first = await plain.StartAsync(Invoice("INV-9"), Keyed("INV-9"));
        var again = await plain.StartAsync(Invoice("INV-9"), Keyed("INV-9"));

        Assert.Equal(first.RunId, again.RunId);
        Assert.Equal(1, Emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
    }

    [Fact]
    public async Task A_keyed_start_whose_answer_was_lost_is_recovered_by_the_key()
    {
        Emulator.Faults = new FaultSettings { DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };

        var handle = await Client.StartAsync(Invoice("INV-5"), Keyed("INV-5"));
        Emulator.Faults = FaultSettings.None;
        var again = await Client.StartAsync(Invoice("INV-5"), Keyed("INV-5"));

        Assert.Equal(handle.RunId, again.RunId);
        Assert.Equal(1, Emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
    }

    [Fact]
    public async Task A_start_that_raced_another_of_its_key_throws_naming_the_other_run()
    {
        var token = RunStartToken.ForKey("INV-7");
        var lists = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            if (context.Request.Method == "POST")
                return Responses.Json(context, Named(Responses.Run("mine", "Created"), token), 201);
            // First the lookup before the start (nothing yet), then the check after it: the other start's run is there too.
            return Interlocked.Increment(ref lists) == 1
                ? Responses.Json(context, """{"items": [], "continuation_token": null}""")
                : Responses.Json(context, $$"""{"items": [{{Named(Responses.Run("theirs", "Created"), token)}}, {{Named(Responses.Run("mine", "Created"), token)}}], "continuation_token": null}""");
        });
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosDuplicateRunException>(() => client.StartAsync(Invoice("INV-7"), Keyed("INV-7")));

        Assert.Equal("INV-7", error.BusinessKey);
        Assert.Equal("mine", error.Run.Id);
        Assert.Equal("theirs", error.OtherRun.Id);
        Assert.Contains("theirs", error.Message);
        Assert.Equal(1, server.Requests.Count(r => r.Method == "POST"));
    }

    private static string Named(string runJson, string token) =>
        runJson.Replace("\"Process invoice 42\"", $"\"to process the invoices [{token}]\"", StringComparison.Ordinal);
}
