using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Testing;

/// <summary>
/// Makes the in-memory transport fail as a socket does: when the emulator drops a connection (a "drop" fault) or
/// fails mid-request, the in-memory server throws its own exception; the client expects an
/// <see cref="HttpRequestException"/>, which its retries treat as a transport failure. The caller's cancellation stays
/// a cancellation.
/// </summary>
internal sealed class DroppedConnectionHandler(HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // A drop may come after the headers, while the body is read: read it here, inside the translation.
            if (response.Content is { } content)
                await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (Exception ex) when (ex is not HttpRequestException && !cancellationToken.IsCancellationRequested)
        {
            throw new HttpRequestException("The emulator failed or closed the connection before answering (in memory): " + ex.Message, ex);
        }
    }
}
