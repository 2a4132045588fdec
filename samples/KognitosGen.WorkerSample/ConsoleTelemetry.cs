using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace KognitosGen.WorkerSample;

/// <summary>
/// OpenTelemetry traces and metrics printed to the console: KognitosGen's activity source and meter, the worker's
/// own activities and the HttpClient under them. Off unless the setting <c>Telemetry:Console</c> is true (for
/// example <c>Telemetry__Console=true</c> in the environment).
/// </summary>
public static class ConsoleTelemetry
{
    /// <summary>The setting that turns console telemetry on.</summary>
    public const string Setting = "Telemetry:Console";

    /// <summary>The resource's <c>service.name</c> on every trace and metric (without one, OpenTelemetry says <c>unknown_service:&lt;process&gt;</c>).</summary>
    public const string ServiceName = "invoice-worker";

    // Run and call durations are seconds: OpenTelemetry's default buckets (0 to 10,000) would put them all in one.
    private static readonly double[] CallSeconds = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
    private static readonly double[] RunSeconds = [0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600, 1800, 3600];

    /// <summary>Adds the console exporters when <see cref="Setting"/> is true; does nothing otherwise.</summary>
    public static IHostApplicationBuilder AddConsoleTelemetryWhenEnabled(this IHostApplicationBuilder builder)
    {
        if (!builder.Configuration.GetValue<bool>(Setting))
            return builder;

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => tracing
                .AddSource(InvoiceWorker.ActivitySourceName, KognitosClient.ActivitySourceName)
                .AddHttpClientInstrumentation()
                .AddConsoleExporter())
            .WithMetrics(metrics => metrics
                .AddMeter(KognitosClient.MeterName)
                .AddView("kognitos.client.operation.duration", new ExplicitBucketHistogramConfiguration { Boundaries = CallSeconds })
                .AddView("kognitos.run.duration", new ExplicitBucketHistogramConfiguration { Boundaries = RunSeconds })
                .AddConsoleExporter());
        return builder;
    }
}
