using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Transport;
using KognitosGen.Validation;

namespace KognitosGen;

/// <summary>
/// Lets each run start (<c>POST /v2/runs</c>), file creation (<c>POST /v2/files</c>) and upload of a
/// <see cref="KognitosClient"/> reach the network once, however the handlers above it retry or hedge: a second
/// attempt of the same call, after one that may have reached the server, is refused with
/// <see cref="KognitosResendRefusedException"/> and never sent, and the client then handles the first attempt's
/// failure itself (a typed run start looks the run up instead of creating a second one). A second attempt after one
/// that provably never left (a refused connection) is let through, as are reads, the uploads of a typed run and of
/// <see cref="KognitosClient.UploadFileAsync"/> (sending the same bytes to the same slot again stores them again), and
/// every request the client did not send.
/// </summary>
/// <remarks>
/// <c>AddKognitos</c> adds it innermost, after your own handlers. Building the pipeline yourself, put it last,
/// just before the primary handler: <c>new HttpClient(new YourRetryHandler { InnerHandler = new
/// KognitosSendOnceHandler { InnerHandler = new SocketsHttpHandler() } })</c>. It recognises a call's attempts by
/// a marker in the request's options (<c>HttpRequestMessage.Options</c>), which Polly's retry (the same request
/// sent again) and the hedging handler (clones that copy the options) keep; a handler of your own that clones
/// requests must copy the options too.
/// </remarks>
public sealed class KognitosSendOnceHandler : DelegatingHandler
{
    /// <summary>A guard whose inner handler is set later (as IHttpClientFactory does).</summary>
    public KognitosSendOnceHandler()
    {
    }

    /// <summary>A guard in front of <paramref name="innerHandler"/>.</summary>
    /// <param name="innerHandler">The handler that sends the requests, usually the primary handler.</param>
    public KognitosSendOnceHandler(HttpMessageHandler innerHandler)
        : base(innerHandler)
    {
    }

    /// <inheritdoc />
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempts = RequestAttempts.Of(RequiredArgument.NotNull(request, nameof(request)));
        if (attempts is null)
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        attempts.Begin(request);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            attempts.Failed(exception);
            throw;
        }

        attempts.Answered(response);
        return response;
    }

#if NET5_0_OR_GREATER
    /// <inheritdoc />
    protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempts = RequestAttempts.Of(RequiredArgument.NotNull(request, nameof(request)));
        if (attempts is null)
            return base.Send(request, cancellationToken);

        attempts.Begin(request);
        HttpResponseMessage response;
        try
        {
            response = base.Send(request, cancellationToken);
        }
        catch (Exception exception)
        {
            attempts.Failed(exception);
            throw;
        }

        attempts.Answered(response);
        return response;
    }
#endif
}
