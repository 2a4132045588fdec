using KognitosGen.Emulator;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>Health that is not OK (section 4 leaves the code and words open): a readable answer is returned, never thrown.</summary>
public sealed class HealthNotOkTests
{
    [Theory]
    [InlineData(200, "DEGRADED")]
    [InlineData(503, "UNAVAILABLE")]
    public async Task A_status_other_than_OK_is_returned_as_not_healthy_with_200_or_503(int code, string status)
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { HealthStatus = status, HealthStatusCode = code } });
        using var client = ClientFor(emulator);

        var health = await client.GetHealthAsync();

        Assert.Equal(status, health.Status);
        Assert.False(health.IsHealthy);
        // The answer is the answer: a 503 saying its status is not retried.
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }

    [Fact]
    public async Task A_503_without_a_status_body_is_still_retried_and_thrown()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 2);
        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1 };

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(3, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }
}
