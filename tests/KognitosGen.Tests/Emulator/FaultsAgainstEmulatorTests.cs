using KognitosGen.Emulator;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>The client's retry rules under the emulator's injected faults, counted by the emulator.</summary>
public sealed class FaultsAgainstEmulatorTests
{
    private static async Task<(KognitosEmulator Emulator, KognitosClient Client)> StartAsync(FaultSettings faults, int maxRetries = 3)
    {
        var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(faults));
        return (emulator, ClientFor(emulator, configure: o => o.Retry.MaxRetries = maxRetries));
    }

    [Fact]
    public async Task Reads_ride_out_rate_limits_and_unavailability()
    {
        var (emulator, client) = await StartAsync(new FaultSettings
        {
            Seed = 11, RateLimitRate = 0.3, RetryAfterSeconds = 0, ServiceUnavailableRate = 0.2, Methods = ["GET"],
        }, maxRetries: 10);
        await using var _ = emulator;
        using var __ = client;

        for (var i = 0; i < 20; i++)
            Assert.Equal("OK", (await client.GetHealthAsync()).Status);

        var faults = emulator.Counters.FaultsInjected(FaultKind.RateLimited) + emulator.Counters.FaultsInjected(FaultKind.ServiceUnavailable);
        Assert.True(faults > 0);
        Assert.Equal(20 + faults, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }

    [Fact]
    public async Task Reads_ride_out_dropped_connections()
    {
        var (emulator, client) = await StartAsync(new FaultSettings { Seed = 5, DropBeforeHandlingRate = 0.3, Methods = ["GET"] }, maxRetries: 10);
        await using var _ = emulator;
        using var __ = client;

        for (var i = 0; i < 20; i++)
            await client.GetHealthAsync();

        Assert.True(emulator.Counters.FaultsInjected(FaultKind.DroppedBeforeHandling) > 0);
    }

    [Fact]
    public async Task A_rate_limited_run_start_is_not_resent()
    {
        var (emulator, client) = await StartAsync(new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 0, Methods = ["POST"], Paths = ["/v2/runs"] });
        await using var _ = emulator;
        using var __ = client;

        var error = await Assert.ThrowsAsync<KognitosApiException>(() =>
            client.CreateRunAsync(new KognitosCreateRunRequest { Name = "n", AgentId = Agent, ProcessId = Invoices }));

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.Zero, error.RetryAfter);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task A_run_start_dropped_after_handling_is_not_resent_and_created_exactly_one_run()
    {
        var (emulator, client) = await StartAsync(new FaultSettings { DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] });
        await using var _ = emulator;
        using var __ = client;

        var error = await Assert.ThrowsAsync<KognitosApiException>(() =>
            client.CreateRunAsync(new KognitosCreateRunRequest { Name = "dropped start", AgentId = Agent, ProcessId = Invoices }));

        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(Invoices));
        var listed = await client.ListRunsPageAsync(new KognitosRunQuery(Agent, Invoices));
        Assert.Equal("dropped start", Assert.Single(listed.Items).Name);
    }

    [Fact]
    public async Task Latency_beyond_the_request_timeout_times_reads_out_after_retries()
    {
        var (emulator, client) = await StartAsync(new FaultSettings { LatencyMs = 2000, Methods = ["GET"] }, maxRetries: 1);
        await using var _ = emulator;
        using var __ = client;
        using var fast = ClientFor(emulator, configure: o => { o.RequestTimeout = TimeSpan.FromMilliseconds(200); o.Retry.MaxRetries = 1; });

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => fast.GetHealthAsync());

        Assert.Equal(KognitosFailureKind.Timeout, error.Kind);
        Assert.Equal(2, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }
}
