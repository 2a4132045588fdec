namespace KognitosGen.Emulator.Tests;

/// <summary>The documented concurrency limit (6.2): 403 "Resource Not Available" while the agent has that many unfinished runs.</summary>
[Trait("Category", "Emulator")]
public sealed class ConcurrencyLimitTests
{
    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Task<KognitosEmulator> Start(EmulatorVariants variants, TimeProvider clock) =>
        KognitosEmulator.StartAsync(TestScenarios.Standard(), new KognitosEmulatorOptions { Variants = variants, TimeProvider = clock });

    [Fact]
    public async Task A_start_beyond_the_limit_is_403_Resource_Not_Available_and_creates_nothing_until_a_run_finishes()
    {
        var clock = new ManualClock(Noon);
        await using var emulator = await Start(new EmulatorVariants { ConcurrentRunLimit = 2 }, clock);
        using var client = new EmulatorClient(emulator);

        await client.StartRunAsync(TestScenarios.InvoiceProcess);
        await client.StartRunAsync(TestScenarios.InvoiceProcess);
        var refused = await client.PostJsonAsync("/v2/runs", StartBody());
        clock.Advance(TimeSpan.FromSeconds(1)); // the invoice runs take 50 ms
        var afterwards = await client.PostJsonAsync("/v2/runs", StartBody());

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(403, refused.Json.GetProperty("status_code").GetInt32());
        Assert.Equal("Resource Not Available", refused.String("message"));
        Assert.Equal("agent_id", refused.Json.GetProperty("details")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.Created, afterwards.Status);
        Assert.Equal(3, emulator.Counters.TotalRunsCreated);
        Assert.Equal(1, emulator.Counters.StartsRefusedAtLimit);
    }

    [Fact]
    public async Task The_limit_counts_per_agent_and_runs_of_other_agents_do_not_count()
    {
        var clock = new ManualClock(Noon);
        await using var emulator = await Start(new EmulatorVariants { ConcurrentRunLimit = 1 }, clock);
        using var client = new EmulatorClient(emulator);

        await client.StartRunAsync(TestScenarios.InvoiceProcess);
        var other = await client.PostJsonAsync("/v2/runs", StartBody(TestScenarios.OtherAgentProcess, TestScenarios.OtherAgentId));
        var same = await client.PostJsonAsync("/v2/runs", StartBody());

        Assert.Equal(HttpStatusCode.Created, other.Status);
        Assert.Equal(HttpStatusCode.Forbidden, same.Status);
    }

    [Theory]
    [InlineData(ErrorBodyForm.GatewayMessage, "{\"message\":\"Resource Not Available\"}")]
    [InlineData(ErrorBodyForm.PlainText, "Resource Not Available")]
    public async Task Under_a_gateway_body_the_refusal_keeps_the_documented_words(ErrorBodyForm form, string body)
    {
        var clock = new ManualClock(Noon);
        await using var emulator = await Start(new EmulatorVariants { ConcurrentRunLimit = 1, ErrorBodies = form }, clock);
        using var client = new EmulatorClient(emulator);

        await client.StartRunAsync(TestScenarios.InvoiceProcess);
        var refused = await client.PostJsonAsync("/v2/runs", StartBody());

        Assert.Equal(HttpStatusCode.Forbidden, refused.Status);
        Assert.Equal(body, refused.Body);
    }

    [Fact]
    public async Task A_burst_of_starts_never_passes_the_limit()
    {
        var clock = new ManualClock(Noon);
        await using var emulator = await Start(new EmulatorVariants { ConcurrentRunLimit = 5 }, clock);
        using var client = new EmulatorClient(emulator);

        var answers = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => client.PostJsonAsync("/v2/runs", StartBody())));

        Assert.Equal(5, answers.Count(a => a.Status == HttpStatusCode.Created));
        Assert.Equal(25, answers.Count(a => a.Status == HttpStatusCode.Forbidden));
        Assert.Equal(5, emulator.Counters.TotalRunsCreated);
    }

    private static string StartBody(string process = TestScenarios.InvoiceProcess, string agent = TestScenarios.AgentId) => $$"""
        {"name": "limited", "process_id": "{{process}}", "agent_id": "{{agent}}", "stage": "Published", "inputs": [{"name": "amount", "value": 1}]}
        """;
}
