using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Testing;

/// <summary>Tells the virtual clock when a request is in flight, so it never jumps while the emulator answers.</summary>
internal sealed class InFlightRequestHandler(KognitosVirtualClock clock, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        clock.RequestStarted();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            // The client reads bodies after the headers; buffer here so the whole answer is in before the clock may move.
            if (response.Content is { } content)
                await content.LoadIntoBufferAsync(cancellationToken).ConfigureAwait(false);
            return response;
        }
        finally
        {
            clock.RequestEnded();
        }
    }
}
