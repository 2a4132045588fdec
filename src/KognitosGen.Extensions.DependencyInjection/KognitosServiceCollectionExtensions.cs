using KognitosGen;
using KognitosGen.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers KognitosGen's client with dependency injection.</summary>
public static class KognitosServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient behind <see cref="KognitosClient"/>, for further configuration.</summary>
    public const string HttpClientName = "KognitosGen";

    /// <summary>
    /// Adds <see cref="KognitosClient"/> as a typed client from IHttpClientFactory. Options come from the
    /// <c>Kognitos</c> configuration section (when an <see cref="IConfiguration"/> is registered), then
    /// <paramref name="configure"/>; an API key not set there is read from <c>KOGNITOS_API_KEY</c>. Every exchange
    /// is logged through ILogger without headers, so the key never reaches a log. Handlers you add to the returned
    /// builder (for example <c>AddStandardResilienceHandler()</c>) run outside <see cref="KognitosSendOnceHandler"/>,
    /// which <c>AddKognitos</c> puts innermost: they cannot send a run start or file creation twice, and what they
    /// throw surfaces from client calls as <see cref="KognitosApiException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes applied after configuration binding.</param>
    /// <returns>The HttpClient builder, to add handlers or policies.</returns>
    public static IHttpClientBuilder AddKognitos(this IServiceCollection services, Action<KognitosClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<KognitosClientOptions>()
            .Configure<IServiceProvider>(static (options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration)
                    KognitosConfiguration.Bind(configuration.GetSection(KognitosConfiguration.SectionName), options);
            });
        if (configure is not null)
            options.Configure(configure);

        services.AddTransient<KognitosLoggingHandler>();
        // Innermost, after the caller's handlers: a retrying handler (AddStandardResilienceHandler) cannot send a run
        // start twice, and whatever the caller's handlers throw reaches the client, which reports it typed.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, KognitosSendOnceHandlerFilter>());
        return services
            .AddHttpClient(HttpClientName)
            .AddTypedClient(static (http, provider) =>
                new KognitosClient(provider.GetRequiredService<IOptions<KognitosClientOptions>>().Value, http))
            // The client applies its own per-request timeout and retries.
            .ConfigureHttpClient(static http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<KognitosLoggingHandler>()
            .RedactLoggedHeaders(static _ => true);
    }

    /// <summary>
    /// Adds <see cref="KognitosClient"/> with options read from <paramref name="section"/> (for example
    /// <c>configuration.GetSection("Kognitos")</c>) instead of the registered configuration.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding Region, BaseUrl, ApiKey, RequestTimeout, Retry and Polling.</param>
    /// <param name="configure">Changes applied after binding.</param>
    /// <returns>The HttpClient builder.</returns>
    public static IHttpClientBuilder AddKognitos(this IServiceCollection services, IConfiguration section, Action<KognitosClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return services.AddKognitos(options =>
        {
            KognitosConfiguration.Bind(section, options);
            configure?.Invoke(options);
        });
    }
}
