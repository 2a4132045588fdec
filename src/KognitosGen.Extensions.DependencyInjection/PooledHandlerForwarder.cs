namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// The handler of the one long-lived HttpClient behind a shared <see cref="KognitosClient"/>: each request goes
/// through the handler chain IHttpClientFactory has active for the client's name at that moment, so the factory still
/// rotates the chain (a new primary handler after <c>HandlerLifetime</c>, the old one disposed once unused) while the
/// Kognitos client, and its throttle and polling loops, live on. The chain is never held between requests and never
/// disposed here: the factory owns it.
/// </summary>
internal sealed class PooledHandlerForwarder(IHttpMessageHandlerFactory factory, string httpClientName) : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var invoker = new HttpMessageInvoker(factory.CreateHandler(httpClientName), disposeHandler: false);
        return await invoker.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
