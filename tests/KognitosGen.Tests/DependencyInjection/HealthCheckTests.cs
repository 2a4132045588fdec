using KognitosGen.Emulator;
using KognitosGen.Tests.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>services.AddHealthChecks().AddKognitos(): GET /v2/health through the registered client.</summary>
public sealed class HealthCheckTests
{
    private static ServiceProvider Services(KognitosEmulator emulator, Action<IServiceCollection> addChecks, string key = EmulatorScenarios.OrgKey)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKognitos(options =>
        {
            FastKognitosOptions.Apply(options, emulator.BaseAddress, key);
            options.Retry.MaxRetries = 0;
        });
        addChecks(services);
        return services.BuildServiceProvider();
    }

    [Fact]
    public async Task A_healthy_API_reports_healthy()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        await using var provider = Services(emulator, services => services.AddHealthChecks().AddKognitos(tags: ["ready"]));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = Assert.Single(report.Entries);
        Assert.Equal("kognitos", entry.Key);
        Assert.Equal(HealthStatus.Healthy, entry.Value.Status);
        Assert.Equal(["ready"], entry.Value.Tags);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }

    [Fact]
    public async Task An_API_answering_503_reports_the_failure_status_with_the_cause_and_no_key()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            ServiceUnavailableRate = 1, Methods = ["GET"], Paths = ["/v2/health"],
        }));
        await using var provider = Services(emulator, services => services.AddHealthChecks().AddKognitos(failureStatus: HealthStatus.Degraded));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["kognitos"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Equal(503, Assert.IsType<KognitosApiException>(entry.Exception).StatusCode);
        Assert.Contains("503", entry.Description);
        Assert.DoesNotContain(EmulatorScenarios.OrgKey, entry.Description);
    }

    [Theory]
    [InlineData(200)]
    [InlineData(503)]
    public async Task An_API_saying_a_status_other_than_OK_reports_the_failure_status_with_that_status(int code)
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { HealthStatus = "MAINTENANCE", HealthStatusCode = code } });
        await using var provider = Services(emulator, services => services.AddHealthChecks().AddKognitos(failureStatus: HealthStatus.Degraded));

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        var entry = report.Entries["kognitos"];
        Assert.Equal(HealthStatus.Degraded, entry.Status);
        Assert.Null(entry.Exception);
        Assert.Contains("answered status 'MAINTENANCE'", entry.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rejected_key_reports_unhealthy()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        await using var provider = Services(emulator, services => services.AddHealthChecks().AddKognitos(), key: "revoked-key-0000");

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Unhealthy, report.Status);
        Assert.Equal(401, Assert.IsType<KognitosApiException>(report.Entries["kognitos"].Exception).StatusCode);
        Assert.DoesNotContain("revoked-key-0000", report.Entries["kognitos"].Description);
    }

    [Fact]
    public async Task Each_named_client_gets_its_own_check()
    {
        await using var healthy = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        await using var down = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            ServiceUnavailableRate = 1, Methods = ["GET"], Paths = ["/v2/health"],
        }));
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddKognitos("eu", o => FastKognitosOptions.Apply(o, healthy.BaseAddress, EmulatorScenarios.OrgKey));
        services.AddKognitos("us", o =>
        {
            FastKognitosOptions.Apply(o, down.BaseAddress, EmulatorScenarios.OrgKey);
            o.Retry.MaxRetries = 0;
        });
        services.AddHealthChecks().AddKognitos("eu").AddKognitos("us");
        await using var provider = services.BuildServiceProvider();

        var report = await provider.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, report.Entries["kognitos-eu"].Status);
        Assert.Equal(HealthStatus.Unhealthy, report.Entries["kognitos-us"].Status);
    }
}
