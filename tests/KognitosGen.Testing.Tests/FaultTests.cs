using KognitosGen.Emulator;

namespace KognitosGen.Testing.Tests;

/// <summary>The emulator's faults, set through the kit, against the real client's retries, on the virtual clock.</summary>
public sealed class FaultTests
{
    [Fact]
    public async Task Rate_limited_reads_are_retried_after_Retry_After_and_the_run_completes()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 7m });
        kognitos.Faults.RateLimit(0.3, retryAfter: TimeSpan.FromSeconds(20)).Seeded(11);

        var done = await new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.RunAsync(kognitos.Client);

        Assert.Equal(7m, done.Process.Total);
        Assert.True(kognitos.Emulator.Counters.FaultsInjected(FaultKind.RateLimited) > 0);
        Assert.Equal(0.3, kognitos.Faults.Settings.RateLimitRate);
        Assert.Equal(20, kognitos.Faults.Settings.RetryAfterSeconds);
    }

    [Fact]
    public async Task A_service_that_is_always_unavailable_fails_the_call_with_503_once_retries_are_spent()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Faults.ServiceUnavailable(1.0);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => kognitos.Client.GetHealthAsync());

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(4, kognitos.Emulator.Counters.FaultsInjected(FaultKind.ServiceUnavailable));
    }

    [Fact]
    public async Task A_run_start_whose_answer_is_lost_is_recovered_not_started_twice()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 2m });
        kognitos.Faults.Settings = new FaultSettings { DropAfterHandlingRate = 1.0, Methods = ["POST"], Paths = ["/v2/runs"] };

        var done = await new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.RunAsync(kognitos.Client);

        Assert.Equal(2m, done.Process.Total);
        Assert.Single(kognitos.RunsOf<Invoice>());
    }

    [Fact]
    public async Task Clear_removes_every_fault()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Faults.ServiceUnavailable(1.0).RateLimit(1.0).DropConnections(0.5);

        kognitos.Faults.Clear();
        var health = await kognitos.Client.GetHealthAsync();

        Assert.Equal("OK", health.Status);
        Assert.Equal(0, kognitos.Faults.Settings.ServiceUnavailableRate);
    }
}
