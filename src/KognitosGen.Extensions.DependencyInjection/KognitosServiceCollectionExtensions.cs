using KognitosGen;
using KognitosGen.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers KognitosGen's client with dependency injection.</summary>
public static class KognitosServiceCollectionExtensions
{
    /// <summary>The name of the HttpClient behind the default <see cref="KognitosClient"/>; a named client's is <c>KognitosGen:{name}</c>.</summary>
    public const string HttpClientName = KognitosClientNames.DefaultHttpClientName;

    /// <summary>
    /// Adds <see cref="KognitosClient"/> as a singleton: every resolution gets the same client, so its throttle, its
    /// shared polling loops and its memory of recent starts serve the whole application, while its requests go
    /// through IHttpClientFactory's handler chain for <see cref="HttpClientName"/>, which the factory still rotates
    /// (a new primary handler after the handler lifetime). Options come from the <c>Kognitos</c> configuration
    /// section (when an <see cref="IConfiguration"/> is registered), then <paramref name="configure"/>; an API key
    /// not set there is read from <c>KOGNITOS_API_KEY</c>. Options are validated when the host starts
    /// (<c>ValidateOnStart</c>), each bad setting named by its key (<c>Kognitos:ApiKey</c>), never its value. Every
    /// exchange is logged through ILogger without headers, so the key never reaches a log. Handlers you add to the
    /// returned builder (for example <c>AddStandardResilienceHandler()</c>) run outside
    /// <see cref="KognitosSendOnceHandler"/>, which <c>AddKognitos</c> puts innermost: they cannot send a run start
    /// or file creation twice, and what they throw surfaces from client calls as <see cref="KognitosApiException"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Changes applied after configuration binding.</param>
    /// <returns>The HttpClient builder, to add handlers or policies.</returns>
    public static IHttpClientBuilder AddKognitos(this IServiceCollection services, Action<KognitosClientOptions>? configure = null) =>
        Register(services, null, null, configure);

    /// <summary>
    /// Adds the default <see cref="KognitosClient"/> as <see cref="AddKognitos(IServiceCollection, Action{KognitosClientOptions})"/>
    /// does, with options read from <paramref name="section"/> (for example <c>configuration.GetSection("Kognitos")</c>)
    /// instead of the registered configuration; validation messages name the section's keys.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="section">The section holding Region, BaseUrl, ApiKey, RequestTimeout, Retry and Polling.</param>
    /// <param name="configure">Changes applied after binding.</param>
    /// <returns>The HttpClient builder.</returns>
    public static IHttpClientBuilder AddKognitos(this IServiceCollection services, IConfiguration section, Action<KognitosClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Register(services, null, section, configure);
    }

    /// <summary>
    /// Adds a named <see cref="KognitosClient"/>, for example one per account or region, resolved as the keyed
    /// service <paramref name="name"/> (<c>[FromKeyedServices("eu")] KognitosClient client</c>). It is one client
    /// per name, shared as the default one is, with its own options read from the <c>Kognitos:{name}</c>
    /// configuration section (nothing is inherited from the <c>Kognitos</c> section, so one account's key never
    /// reaches another's client), its own throttle and polling loops, and its own HttpClient
    /// (<c>KognitosGen:{name}</c>) whose handlers are configured through the returned builder.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name: its service key and the name of its configuration section.</param>
    /// <param name="configure">Changes applied after configuration binding.</param>
    /// <returns>The named client's HttpClient builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, contains <c>:</c>, or is one of the option keys (such as <c>Retry</c>).</exception>
    public static IHttpClientBuilder AddKognitos(this IServiceCollection services, string name, Action<KognitosClientOptions>? configure = null) =>
        Register(services, CheckName(name), null, configure);

    /// <summary>Adds a named <see cref="KognitosClient"/> whose options are read from <paramref name="section"/> instead of <c>Kognitos:{name}</c>.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="name">The client's name: its service key.</param>
    /// <param name="section">The section holding the client's options.</param>
    /// <param name="configure">Changes applied after binding.</param>
    /// <returns>The named client's HttpClient builder.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, contains <c>:</c>, or is one of the option keys.</exception>
    public static IHttpClientBuilder AddKognitos(this IServiceCollection services, string name, IConfiguration section, Action<KognitosClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(section);
        return Register(services, CheckName(name), section, configure);
    }

    private static IHttpClientBuilder Register(IServiceCollection services, string? name, IConfiguration? section, Action<KognitosClientOptions>? configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        var httpClientName = KognitosClientNames.HttpClientName(name);
        var sectionPath = section is null ? KognitosClientNames.SectionPath(name) : (section as IConfigurationSection)?.Path ?? KognitosConfiguration.SectionName;
        var alreadyAdded = services.Any(d => d.ServiceType == typeof(SharedKognitosClient) && Equals(d.ServiceKey, httpClientName));
        services.Configure<KognitosClientNames>(clients => clients.Add(name, sectionPath));

        var optionsBuilder = services.AddOptions<KognitosClientOptions>(KognitosClientNames.OptionsName(name));
        if (section is null)
        {
            optionsBuilder.Configure<IServiceProvider>((options, provider) =>
            {
                if (provider.GetService<IConfiguration>() is { } configuration)
                    KognitosConfiguration.Bind(configuration.GetSection(sectionPath), options);
            });
        }
        else
        {
            optionsBuilder.Configure(options => KognitosConfiguration.Bind(section, options));
        }

        if (configure is not null)
            optionsBuilder.Configure(configure);
        // A missing key or a bad setting stops the host at start, not the first request that resolves the client.
        optionsBuilder.ValidateOnStart();

        var builder = services.AddHttpClient(httpClientName);
        if (alreadyAdded)
            return builder;

        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<KognitosClientOptions>, KognitosOptionsValidator>());
        services.TryAddTransient<KognitosLoggingHandler>();
        // Innermost, after the caller's handlers: a retrying handler (AddStandardResilienceHandler) cannot send a run
        // start twice, and whatever the caller's handlers throw reaches the client, which reports it typed.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, KognitosSendOnceHandlerFilter>());
        // One client per name for the container's life: the throttle, coalesced waits and recent starts live on it.
        services.AddKeyedSingleton(httpClientName, (provider, _) => new SharedKognitosClient(provider, name));
        if (name is null)
            services.AddSingleton(static provider => provider.GetRequiredKeyedService<SharedKognitosClient>(HttpClientName).Client);
        else
            services.AddKeyedSingleton(name, (provider, _) => provider.GetRequiredKeyedService<SharedKognitosClient>(httpClientName).Client);

        return builder
            // The client applies its own per-request timeout and retries.
            .ConfigureHttpClient(static http => http.Timeout = Timeout.InfiniteTimeSpan)
            .AddHttpMessageHandler<KognitosLoggingHandler>()
            .RedactLoggedHeaders(static _ => true);
    }

    private static string CheckName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.Contains(':', StringComparison.Ordinal))
            throw new ArgumentException($"A Kognitos client's name cannot contain ':' (it names the configuration section Kognitos:{{name}}).", nameof(name));
        if (KognitosConfiguration.Keys.Contains(name, StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"A Kognitos client cannot be named '{name}': Kognitos:{name} is an option of the default client.", nameof(name));
        return name;
    }
}
