using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>
/// A wait is a read: it rides out polls that fail transiently (429, 503, after the read's own retries, here none)
/// until its own deadline, alone or through the shared list, and only then reports the last failure inside its timeout.
/// </summary>
public sealed class WaitsUnderFaultsTests
{
    private static FaultSettings FailedPolls(int seed, double serviceUnavailable) =>
        new() { Seed = seed, ServiceUnavailableRate = serviceUnavailable, Methods = ["GET"], Paths = ["/v2/runs", "/v2/runs/{run_id}"] };

    [Fact]
    public async Task A_wait_alone_rides_out_polls_answered_503()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 0);
        var run = await client.CreateRunAsync(new KognitosCreateRunRequest { Name = "alone", AgentId = Agent, ProcessId = Invoices });
        emulator.Faults = FailedPolls(seed: 4, serviceUnavailable: 0.6);

        var done = await client.WaitForCompletionAsync(run.Id);

        Assert.Equal(KognitosRunStatus.Succeeded, done.Status);
        Assert.True(emulator.Counters.FaultsInjected(FaultKind.ServiceUnavailable) > 0, "no poll was answered 503");
    }

    [Fact]
    public async Task Coalesced_waits_ride_out_failed_list_calls_and_each_gets_its_run()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 0);
        var handles = new List<KognitosRunHandle<HandWrittenInvoice>>();
        for (var i = 0; i < 10; i++)
            handles.Add(await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = $"W-{i}", Amount = i }));
        emulator.Faults = FailedPolls(seed: 8, serviceUnavailable: 0.7);

        var results = await Task.WhenAll(handles.Select(h => h.WaitAsync()));

        Assert.Equal(Enumerable.Range(0, 10).Select(i => (decimal)i), results.Select(r => r.Process.Total));
        Assert.True(emulator.Counters.FaultsInjected(FaultKind.ServiceUnavailable) > 0, "no list call was answered 503");
        Assert.True(emulator.Counters.RequestsFor("GET", "/v2/runs") > 0, "the waits did not share the list");
        Assert.Equal(0, client.ActiveRunWatches);
    }

    [Fact]
    public async Task A_wait_whose_every_poll_is_refused_times_out_with_the_last_refusal_inside()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 0);
        var run = await client.CreateRunAsync(new KognitosCreateRunRequest { Name = "refused", AgentId = Agent, ProcessId = Invoices });
        emulator.Faults = new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 0, Methods = ["GET"] };
        var polling = client.DefaultPolling;
        polling.Timeout = TimeSpan.FromMilliseconds(300);

        var error = await Assert.ThrowsAsync<KognitosWaitTimeoutException>(() => client.WaitForCompletionAsync(run.Id, polling));

        var last = Assert.IsType<KognitosApiException>(error.InnerException);
        Assert.Equal(429, last.StatusCode);
        Assert.False(last.RequestMayHaveBeenProcessed);
        Assert.Equal(run.Id, error.Run.Id);
        Assert.Contains("The latest look at it failed", error.Message);
        Assert.True(emulator.Counters.FaultsInjected(FaultKind.RateLimited) > 1, "the wait did not look again");
    }

    [Fact]
    public async Task A_wait_on_a_run_that_does_not_exist_fails_at_once_with_the_404()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.WaitForCompletionAsync("zzzzzzzzzzzzzzzzzzzzzzzzz"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/runs/{run_id}"));
    }
}
