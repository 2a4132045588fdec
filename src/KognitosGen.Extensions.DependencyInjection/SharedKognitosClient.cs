using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// The one <see cref="KognitosClient"/> of a configured name and the HttpClient it sends through, created on first
/// resolution and disposed with the container.
/// </summary>
internal sealed class SharedKognitosClient : IDisposable
{
    private readonly HttpClient _http;

    public SharedKognitosClient(IServiceProvider services, string? name)
    {
        var httpClientName = KognitosClientNames.HttpClientName(name);
        _http = new HttpClient(new PooledHandlerForwarder(services.GetRequiredService<IHttpMessageHandlerFactory>(), httpClientName), disposeHandler: true);
        // What ConfigureHttpClient registered for the name (timeout, base address, default headers), as CreateClient applies it.
        foreach (var configure in services.GetRequiredService<IOptionsMonitor<HttpClientFactoryOptions>>().Get(httpClientName).HttpClientActions)
            configure(_http);
        var options = services.GetRequiredService<IOptionsMonitor<KognitosClientOptions>>().Get(KognitosClientNames.OptionsName(name));
        Client = new KognitosClient(options, _http);
    }

    public KognitosClient Client { get; }

    public void Dispose()
    {
        Client.Dispose();
        _http.Dispose();
    }
}
