using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace KognitosGen.Extensions.DependencyInjection;

/// <summary>
/// Puts <see cref="KognitosSendOnceHandler"/> innermost in each Kognitos client's handler chain, after every handler
/// configured for it, whenever it was added (a filter runs around all of the client's configuration, so handlers
/// added after <c>AddKognitos</c>, or for every client with <c>ConfigureHttpClientDefaults</c>, stay outside it).
/// </summary>
internal sealed class KognitosSendOnceHandlerFilter(IOptions<KognitosClientNames> clients) : IHttpMessageHandlerBuilderFilter
{
    public Action<HttpMessageHandlerBuilder> Configure(Action<HttpMessageHandlerBuilder> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        return builder =>
        {
            next(builder);
            if (clients.Value.IsKognitosHttpClient(builder.Name))
                builder.AdditionalHandlers.Add(new KognitosSendOnceHandler());
        };
    }
}
