using KognitosGen.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>The GET /v2/health check: on by default, switchable, one per keyed client.</summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task The_health_check_is_on_by_default_and_calls_the_API()
    {
        await using var emulator = await AspireHost.StartEmulatorAsync();
        var builder = AspireHost.Builder([AspireHost.ConnectionTo(emulator)]);

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = Assert.Single(report.Entries);
        Assert.Equal("kognitos", entry.Key);
        Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }

    [Fact]
    public void The_health_check_is_absent_when_disabled_in_configuration()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?>
        {
            ["ConnectionStrings:kognitos"] = "Endpoint=http://127.0.0.1:9/;Key=k",
            ["Aspire:Kognitos:DisableHealthChecks"] = "true",
        });

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();

        Assert.Empty(host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
    }

    [Fact]
    public void The_health_check_takes_its_timeout_from_the_settings()
    {
        var builder = AspireHost.Builder(new Dictionary<string, string?> { ["ConnectionStrings:kognitos"] = "Endpoint=http://127.0.0.1:9/;Key=k" });

        builder.AddKognitosClient("kognitos", settings => settings.HealthCheckTimeout = TimeSpan.FromSeconds(3));
        using var host = builder.Build();

        var registration = Assert.Single(host.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations);
        Assert.Equal(TimeSpan.FromSeconds(3), registration.Timeout);
    }

    [Fact]
    public async Task Each_keyed_client_has_its_own_check_on_its_own_endpoint()
    {
        await using var healthy = await AspireHost.StartEmulatorAsync();
        await using var down = await AspireHost.StartEmulatorAsync(new FaultSettings
        {
            ServiceUnavailableRate = 1, Methods = ["GET"], Paths = ["/v2/health"],
        });
        var builder = AspireHost.Builder([AspireHost.ConnectionTo(healthy, "eu"), AspireHost.ConnectionTo(down, "us")]);

        builder.AddKeyedKognitosClient("eu", configureOptions: AspireHost.NoRetries);
        builder.AddKeyedKognitosClient("us", configureOptions: AspireHost.NoRetries);
        using var host = builder.Build();
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(["kognitos-eu", "kognitos-us"], report.Entries.Keys.Order());
        Assert.Equal(HealthStatus.Healthy, report.Entries["kognitos-eu"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["kognitos-us"].Status);
        Assert.DoesNotContain(AspireHost.Key, report.Entries["kognitos-us"].Description);
    }
}
