using OpenTelemetry;
using OpenTelemetry.Trace;

namespace KognitosGen.WorkerSample;

/// <summary>
/// Under the Aspire app host: the worker's own activities and its HttpClient calls exported over OTLP to the
/// dashboard (the app host sets <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>); KognitosGen's source and meter are added by
/// <c>AddKognitosClient</c>.
/// </summary>
public static class AppHostTelemetry
{
    /// <summary>The connection's name: the app host's emulator resource.</summary>
    public const string ConnectionName = "kognitos";

    /// <summary>Adds the worker's traces and the OTLP exporter when the app host gave an OTLP endpoint.</summary>
    public static IHostApplicationBuilder AddAppHostTelemetry(this IHostApplicationBuilder builder)
    {
        if (string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            return builder;

        builder.Services.AddOpenTelemetry()
            .WithTracing(tracing => tracing.AddSource(InvoiceWorker.ActivitySourceName).AddHttpClientInstrumentation())
            .UseOtlpExporter();
        return builder;
    }
}
