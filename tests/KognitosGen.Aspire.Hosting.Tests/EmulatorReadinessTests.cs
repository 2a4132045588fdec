using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using KognitosGen.Aspire.Hosting;
using KognitosGen.Emulator;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KognitosGen.Aspire.Hosting.Tests;

/// <summary>The emulator resource's readiness check against a running emulator: key proven, faults put in place first.</summary>
public sealed class EmulatorReadinessTests
{
    private const string Key = "emulator-secret-1";

    private static KognitosEmulatorResource ResourceAt(KognitosEmulator emulator, Action<IResourceBuilder<KognitosEmulatorResource>>? configure = null)
    {
        var builder = DistributedApplication.CreateBuilder([$"Parameters:kognitos-key={Key}"]);
        var resource = builder.AddKognitosEmulator("kognitos");
        configure?.Invoke(resource);
        var endpoint = resource.Resource.Annotations.OfType<EndpointAnnotation>().Single();
        endpoint.AllocatedEndpoint = new AllocatedEndpoint(endpoint, emulator.BaseAddress.Host, emulator.BaseAddress.Port);
        return resource.Resource;
    }

    private static Task<HealthCheckResult> CheckAsync(KognitosEmulatorHealthCheck check) =>
        check.CheckHealthAsync(new HealthCheckContext { Registration = new HealthCheckRegistration("kognitos", check, null, null) });

    [Fact]
    public async Task The_emulator_is_ready_once_it_takes_the_key_and_then_has_the_faults()
    {
        await using var emulator = await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(Key));
        var faults = new KognitosEmulatorFaults { Seed = 9, ServiceUnavailableRate = 1 };
        faults.Paths.Add("/v2/health");
        using var http = new HttpClient();
        var resource = ResourceAt(emulator, r => r.WithFaults(faults));

        // The health service creates a check for each run.
        var first = await CheckAsync(new KognitosEmulatorHealthCheck(resource, http));
        var second = await CheckAsync(new KognitosEmulatorHealthCheck(resource, http));

        Assert.True(first.Status == HealthStatus.Healthy, first.Description);
        Assert.Equal(1, emulator.Faults.ServiceUnavailableRate);
        Assert.Equal(9, emulator.Faults.Seed);
        Assert.Equal(["/v2/health"], emulator.Faults.Paths);
        // Once ready, injected 503s on /v2 do not make the resource unhealthy.
        Assert.Equal(HealthStatus.Healthy, second.Status);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }

    [Fact]
    public async Task An_emulator_that_refuses_the_key_is_unhealthy_with_its_status()
    {
        await using var emulator = await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey("another-key-0000"));
        using var http = new HttpClient();
        var check = new KognitosEmulatorHealthCheck(ResourceAt(emulator), http);

        var result = await CheckAsync(check);

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.Contains("401", result.Description);
        Assert.DoesNotContain(Key, result.Description);
    }

    [Fact]
    public async Task An_emulator_not_listening_is_unhealthy()
    {
        var emulator = await KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(Key));
        var resource = ResourceAt(emulator);
        await emulator.DisposeAsync();
        using var http = new HttpClient();

        var result = await CheckAsync(new KognitosEmulatorHealthCheck(resource, http));

        Assert.Equal(HealthStatus.Unhealthy, result.Status);
        Assert.IsType<HttpRequestException>(result.Exception);
    }
}
