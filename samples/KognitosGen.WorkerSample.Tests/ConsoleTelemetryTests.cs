using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KognitosGen.WorkerSample.Tests;

/// <summary>The worker's console telemetry, as the host builds it: on with one setting, and naming its service.</summary>
public sealed class ConsoleTelemetryTests
{
    private static IHost BuildHost(bool console)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration[ConsoleTelemetry.Setting] = console ? "true" : "false";
        builder.AddConsoleTelemetryWhenEnabled();
        return builder.Build();
    }

    private static object? ServiceNameOf(Resource resource) =>
        resource.Attributes.SingleOrDefault(a => a.Key == "service.name").Value;

    [Fact]
    public void Traces_and_metrics_carry_the_workers_service_name_not_unknown_service()
    {
        using var host = BuildHost(console: true);

        var traces = host.Services.GetRequiredService<TracerProvider>().GetResource();
        var metrics = host.Services.GetRequiredService<MeterProvider>().GetResource();

        Assert.Equal(ConsoleTelemetry.ServiceName, ServiceNameOf(traces));
        Assert.Equal(ConsoleTelemetry.ServiceName, ServiceNameOf(metrics));
    }

    [Fact]
    public void Without_the_setting_no_telemetry_is_wired()
    {
        using var host = BuildHost(console: false);

        Assert.Null(host.Services.GetService<TracerProvider>());
        Assert.Null(host.Services.GetService<MeterProvider>());
    }
}
