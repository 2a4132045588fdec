using System.Diagnostics;
using KognitosGen.Emulator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace KognitosGen.Aspire.Client.Tests;

/// <summary>The KognitosGen ActivitySource and Meter reach the application's OpenTelemetry exporters unless switched off.</summary>
public sealed class TelemetryTests
{
    private static async Task<(List<Activity> Activities, List<Metric> Metrics)> CallOnceAsync(KognitosEmulator emulator, params KeyValuePair<string, string?>[] settings)
    {
        var activities = new List<Activity>();
        var metrics = new List<Metric>();
        var builder = AspireHost.Builder([AspireHost.ConnectionTo(emulator), .. settings]);
        // The application's own exporters; the integration only adds the source and the meter.
        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddInMemoryExporter(activities))
            .WithMetrics(meters => meters.AddInMemoryExporter(metrics));

        builder.AddKognitosClient("kognitos");
        using var host = builder.Build();
        await host.StartAsync();
        await host.Services.GetRequiredService<KognitosClient>().GetHealthAsync();
        host.Services.GetRequiredService<TracerProvider>().ForceFlush();
        host.Services.GetRequiredService<MeterProvider>().ForceFlush();
        await host.StopAsync();
        return (activities, metrics);
    }

    private static KeyValuePair<string, string?> Setting(string key, string value) => new(key, value);

    [Fact]
    public async Task Tracing_and_metrics_are_on_by_default()
    {
        await using var emulator = await AspireHost.StartEmulatorAsync();

        var (activities, metrics) = await CallOnceAsync(emulator);

        Assert.Contains(activities, activity => activity.Source.Name == KognitosClient.ActivitySourceName);
        Assert.Contains(metrics, metric => metric.MeterName == KognitosClient.MeterName && metric.Name == "kognitos.client.operation.duration");
    }

    [Fact]
    public async Task Tracing_switched_off_exports_no_KognitosGen_activity_but_keeps_metrics()
    {
        await using var emulator = await AspireHost.StartEmulatorAsync();

        var (activities, metrics) = await CallOnceAsync(emulator, Setting("Aspire:Kognitos:DisableTracing", "true"));

        Assert.DoesNotContain(activities, activity => activity.Source.Name == KognitosClient.ActivitySourceName);
        Assert.Contains(metrics, metric => metric.MeterName == KognitosClient.MeterName);
    }

    [Fact]
    public async Task Metrics_switched_off_export_no_KognitosGen_metric_but_keep_tracing()
    {
        await using var emulator = await AspireHost.StartEmulatorAsync();

        var (activities, metrics) = await CallOnceAsync(emulator, Setting("Aspire:Kognitos:DisableMetrics", "true"));

        Assert.DoesNotContain(metrics, metric => metric.MeterName == KognitosClient.MeterName);
        Assert.Contains(activities, activity => activity.Source.Name == KognitosClient.ActivitySourceName);
    }
}
