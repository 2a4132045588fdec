using KognitosGen;
using KognitosGen.Aspire.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Microsoft.Extensions.Hosting;

/// <summary>Adds a Kognitos client the Aspire way: <c>builder.AddKognitosClient("kognitos")</c>.</summary>
public static class AspireKognitosExtensions
{
    /// <summary>
    /// Registers the default <see cref="KognitosClient"/> (a singleton, through <c>AddKognitos</c>) connected by the
    /// connection string <c>ConnectionStrings:{connectionName}</c> (or <c>Aspire:Kognitos:ConnectionString</c>),
    /// with a <c>GET /v2/health</c> health check named <paramref name="connectionName"/> and the <c>KognitosGen</c>
    /// traces and metrics in OpenTelemetry, each switchable in <c>Aspire:Kognitos</c>. The client's tuning is read
    /// from the <c>Kognitos</c> section as <c>AddKognitos</c> reads it. A missing connection is reported when the
    /// client is first resolved (or the host starts), naming the configuration paths it was looked for at.
    /// </summary>
    /// <param name="builder">The application's builder.</param>
    /// <param name="connectionName">The connection's name: the app host resource's name.</param>
    /// <param name="configureSettings">Changes to the settings after configuration binding.</param>
    /// <param name="configureOptions">Changes to the client's options after the connection string is applied.</param>
    /// <returns>The HttpClient builder of the client, to add handlers.</returns>
    public static IHttpClientBuilder AddKognitosClient(this IHostApplicationBuilder builder, string connectionName,
        Action<KognitosClientSettings>? configureSettings = null, Action<KognitosClientOptions>? configureOptions = null) =>
        Add(builder, connectionName, serviceKey: null, configureSettings, configureOptions);

    /// <summary>
    /// Registers a keyed <see cref="KognitosClient"/> as <see cref="AddKognitosClient"/> does, resolved as
    /// <c>[FromKeyedServices(name)]</c>, with its settings read from <c>Aspire:Kognitos</c> then
    /// <c>Aspire:Kognitos:{name}</c>, its tuning from <c>Kognitos:{name}</c>, and its own health check
    /// <c>kognitos-{name}</c>.
    /// </summary>
    /// <param name="builder">The application's builder.</param>
    /// <param name="name">The connection's name and the client's service key.</param>
    /// <param name="configureSettings">Changes to the settings after configuration binding.</param>
    /// <param name="configureOptions">Changes to the client's options after the connection string is applied.</param>
    /// <returns>The HttpClient builder of the client.</returns>
    public static IHttpClientBuilder AddKeyedKognitosClient(this IHostApplicationBuilder builder, string name,
        Action<KognitosClientSettings>? configureSettings = null, Action<KognitosClientOptions>? configureOptions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Add(builder, name, serviceKey: name, configureSettings, configureOptions);
    }

    private static IHttpClientBuilder Add(IHostApplicationBuilder builder, string connectionName, string? serviceKey,
        Action<KognitosClientSettings>? configureSettings, Action<KognitosClientOptions>? configureOptions)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionName);

        var settings = new KognitosClientSettings();
        var section = builder.Configuration.GetSection(KognitosSettingsReader.SectionName);
        KognitosSettingsReader.Bind(section, settings);
        KognitosSettingsReader.Bind(section.GetSection(connectionName), settings);
        var connectionPath = $"ConnectionStrings:{connectionName}";
        var source = $"{KognitosSettingsReader.SectionName}:{connectionName}:ConnectionString";
        if (builder.Configuration.GetConnectionString(connectionName) is { Length: > 0 } connectionString)
        {
            settings.ConnectionString = connectionString;
            source = connectionPath;
        }
        else if (settings.ConnectionString is not null)
        {
            source = section.GetSection(connectionName)[nameof(KognitosClientSettings.ConnectionString)] is { Length: > 0 }
                ? source
                : $"{KognitosSettingsReader.SectionName}:ConnectionString";
        }
        var configured = settings.ConnectionString;
        configureSettings?.Invoke(settings);
        if (!string.Equals(configured, settings.ConnectionString, StringComparison.Ordinal))
            source = $"the configureSettings callback of AddKognitosClient(\"{connectionName}\")";

        // The connection is checked when the options are built (first resolution, or ValidateOnStart), not here:
        // registering must work before the app host has handed the connection string over.
        void Connect(KognitosClientOptions options)
        {
            if (settings.ConnectionString is not { Length: > 0 } connection)
                throw new InvalidOperationException(
                    $"The Kognitos client '{connectionName}' has no connection: set {connectionPath} (an app host's WithReference does) " +
                    $"or {KognitosSettingsReader.SectionName}:{connectionName}:ConnectionString, as Endpoint=https://...;Key=... .");
            KognitosConnectionString.Apply(connection, source, options);
            configureOptions?.Invoke(options);
        }

        var httpClient = serviceKey is null
            ? builder.Services.AddKognitos(Connect)
            : builder.Services.AddKognitos(serviceKey, Connect);

        if (!settings.DisableHealthChecks)
            builder.Services.AddHealthChecks().AddKognitos(
                clientName: serviceKey,
                checkName: serviceKey is null ? connectionName : $"kognitos-{serviceKey}",
                timeout: settings.HealthCheckTimeout);
        if (!settings.DisableTracing)
            builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddSource(KognitosClient.ActivitySourceName));
        if (!settings.DisableMetrics)
            builder.Services.AddOpenTelemetry().WithMetrics(metrics => metrics.AddMeter(KognitosClient.MeterName));
        return httpClient;
    }
}
