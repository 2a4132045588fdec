using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>
/// The documented concurrency limit (403 "Resource Not Available"): typed apart from other 403s, retried with backoff
/// within the retry budget, and never taken as a start that may have created its run.
/// </summary>
public sealed class ConcurrencyLimitAgainstEmulatorTests
{
    private const string Slow = "sl0wpr0c3ss00000000000001";

    private static Task<KognitosEmulator> StartAsync(int limit, ErrorBodyForm bodies = ErrorBodyForm.ErrorModel)
    {
        var scenario = Build();
        scenario.Agents.Single(a => a.Id == Agent).AddProcess(Slow, "to take an hour", ProcessStage.Published, run => run.RunningMs = 3_600_000);
        return KognitosEmulator.StartAsync(scenario, new KognitosEmulatorOptions
        {
            Variants = new EmulatorVariants { ConcurrentRunLimit = limit, ErrorBodies = bodies },
        });
    }

    private static KognitosCreateRunRequest Request(string name, string process = Invoices) => new()
    {
        Name = name, AgentId = Agent, ProcessId = process,
    };

    [Theory]
    [InlineData(ErrorBodyForm.ErrorModel)]
    [InlineData(ErrorBodyForm.GatewayMessage)]
    [InlineData(ErrorBodyForm.PlainText)]
    [InlineData(ErrorBodyForm.Html)]
    public async Task A_start_at_the_limit_fails_typed_as_the_limit_and_not_processed_once_the_budget_is_spent(ErrorBodyForm bodies)
    {
        await using var emulator = await StartAsync(1, bodies);
        // The slow process keeps its run unfinished for the whole test.
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 2);
        await client.CreateRunAsync(Request("holds the only slot", Slow));

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(Request("beyond the limit")));

        Assert.Equal(KognitosFailureKind.ConcurrencyLimit, error.Kind);
        Assert.Equal(403, error.StatusCode);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Contains("Resource Not Available", error.Message, StringComparison.Ordinal);
        Assert.Contains("concurrent runs", error.Message, StringComparison.Ordinal);
        Assert.Contains("3 attempts", error.Message, StringComparison.Ordinal);
        Assert.Equal(3, emulator.Counters.StartsRefusedAtLimit);
        Assert.Equal(1, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task A_typed_start_at_the_limit_waits_with_backoff_and_starts_once_a_slot_frees()
    {
        await using var emulator = await StartAsync(1);
        using var client = ClientFor(emulator, configure: o =>
        {
            o.Retry.MaxRetries = 30;
            o.Retry.BaseDelay = TimeSpan.FromMilliseconds(10);
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(40);
        });
        var first = new HandWrittenInvoice { InvoiceNumber = "INV-1", Amount = 1 };
        var second = new HandWrittenInvoice { InvoiceNumber = "INV-2", Amount = 2 };

        var results = await Task.WhenAll(client.RunAsync(first), client.RunAsync(second));

        Assert.All(results, r => Assert.Equal(KognitosRunStatus.Succeeded, r.Run.Status));
        Assert.Equal(1m, first.Total);
        Assert.Equal(2m, second.Total);
        Assert.Equal(2, emulator.Counters.RunsCreatedFor(Invoices));
        Assert.True(emulator.Counters.StartsRefusedAtLimit > 0, "the second start never met the limit");
    }

    [Fact]
    public async Task A_403_for_another_agent_stays_a_definitive_HttpError_and_is_not_retried()
    {
        await using var emulator = await StartAsync(1);
        using var client = ClientFor(emulator, AgentKey);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.ListProcessesPageAsync(OtherAgent));

        Assert.Equal(KognitosFailureKind.HttpError, error.Kind);
        Assert.Equal(403, error.StatusCode);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/processes"));
    }
}
