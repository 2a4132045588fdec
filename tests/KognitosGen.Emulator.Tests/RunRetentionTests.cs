using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>ForgetTerminalRunsAfter keeps the run store bounded in a long soak without breaking paging.</summary>
[Trait("Category", "Emulator")]
public sealed class RunRetentionTests
{
    private const string ListInvoiceRuns =
        $"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id={TestScenarios.AgentId}";

    private static async Task<KognitosEmulator> StartAsync(ManualClock clock, TimeSpan? forgetAfter) =>
        await KognitosEmulator.StartAsync(TestScenarios.Standard(), new KognitosEmulatorOptions { TimeProvider = clock, ForgetTerminalRunsAfter = forgetAfter });

    private static string IdOf(JsonElement run) => run.GetProperty("id").GetString()!;

    [Fact]
    public async Task Runs_ended_longer_ago_than_the_retention_are_forgotten_and_running_ones_kept()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var emulator = await StartAsync(clock, TimeSpan.FromMinutes(1));
        using var client = new EmulatorClient(emulator);
        var old = IdOf(await client.StartRunAsync(TestScenarios.InvoiceProcess));

        clock.Advance(TimeSpan.FromMinutes(2));
        var fresh = IdOf(await client.StartRunAsync(TestScenarios.InvoiceProcess));

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/v2/runs/{old}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v2/runs/{fresh}")).Status);
        var listed = (await client.GetAsync(ListInvoiceRuns)).Json.GetProperty("items").EnumerateArray().Select(IdOf).ToList();
        Assert.Equal([fresh], listed);
        Assert.Equal(2, emulator.Counters.RunsCreatedFor(TestScenarios.InvoiceProcess));
    }

    [Fact]
    public async Task A_continuation_token_issued_before_runs_were_forgotten_stays_valid()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var emulator = await StartAsync(clock, TimeSpan.FromMinutes(1));
        using var client = new EmulatorClient(emulator);
        for (var i = 0; i < 2; i++)
            await client.StartRunAsync(TestScenarios.InvoiceProcess);
        clock.Advance(TimeSpan.FromSeconds(40));
        var b1 = IdOf(await client.StartRunAsync(TestScenarios.InvoiceProcess));
        var b2 = IdOf(await client.StartRunAsync(TestScenarios.InvoiceProcess));
        var first = await client.GetAsync(ListInvoiceRuns + "&limit=2");
        var token = first.Json.GetProperty("continuation_token").GetString()!;

        // The two older runs end more than a minute before the next start, which forgets them.
        clock.Advance(TimeSpan.FromSeconds(30));
        var c = IdOf(await client.StartRunAsync(TestScenarios.InvoiceProcess));
        var second = await client.GetAsync(ListInvoiceRuns + "&limit=2&continuation_token=" + Uri.EscapeDataString(token));
        var now = await client.GetAsync(ListInvoiceRuns);

        Assert.Equal([b2, b1], first.Json.GetProperty("items").EnumerateArray().Select(IdOf));
        Assert.Equal(HttpStatusCode.OK, second.Status);
        Assert.Empty(second.Json.GetProperty("items").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, second.Json.GetProperty("continuation_token").ValueKind);
        Assert.Equal([c, b2, b1], now.Json.GetProperty("items").EnumerateArray().Select(IdOf));
    }

    [Fact]
    public async Task Without_the_option_every_run_is_kept()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        await using var emulator = await StartAsync(clock, null);
        using var client = new EmulatorClient(emulator);
        var old = IdOf(await client.StartRunAsync(TestScenarios.InvoiceProcess));
        clock.Advance(TimeSpan.FromDays(1));
        await client.StartRunAsync(TestScenarios.InvoiceProcess);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v2/runs/{old}")).Status);
        Assert.Equal(2, emulator.Runs.Count);
    }

    [Fact]
    public async Task A_negative_retention_is_refused()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            StartAsync(new ManualClock(DateTimeOffset.UnixEpoch), TimeSpan.FromSeconds(-1)));
    }
}
