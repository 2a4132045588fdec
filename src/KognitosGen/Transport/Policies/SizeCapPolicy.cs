using System;
using System.Threading.Tasks;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// Reads the answer's body whole, failing as <see cref="KognitosFailureKind.ResponseTooLarge"/> once it passes
/// <see cref="KognitosClientOptions.MaxResponseBytes"/>, so that no answer can make the client buffer without limit.
/// </summary>
internal sealed class SizeCapPolicy : TransportPolicy
{
    private readonly int _maxBytes;

    public SizeCapPolicy(int maxBytes) => _maxBytes = maxBytes;

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        await ProcessNextAsync(message, next).ConfigureAwait(false);
        var response = message.Response ?? throw new InvalidOperationException("The pipeline's sender left no answer.");
        var body = await ResponseBodyReader.ReadAsync(response.Content, _maxBytes, message.AttemptCancellation).ConfigureAwait(false);
        if (body is null)
        {
            var call = message.Call;
            var status = (int)response.StatusCode;
            throw new KognitosApiException(
                $"Kognitos API {call.Method} {call.Path} returned HTTP {status} with a body larger than the {_maxBytes}-byte limit (KognitosClientOptions.MaxResponseBytes).",
                KognitosFailureKind.ResponseTooLarge, call.Method.Method, call.Path, status,
                requestMayHaveBeenProcessed: StatusMeaning.MayHaveActed(status));
        }

        message.Body = body.Value;
    }
}
