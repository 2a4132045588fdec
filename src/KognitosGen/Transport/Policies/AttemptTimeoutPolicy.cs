using System;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Timing;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// Gives each attempt <see cref="KognitosClientOptions.RequestTimeout"/> on the client's clock, headers and body
/// together; an attempt cut by it fails as <see cref="KognitosFailureKind.Timeout"/>, while the caller's own
/// cancellation goes on as it is.
/// </summary>
internal sealed class AttemptTimeoutPolicy : TransportPolicy
{
    private readonly TimeSpan _timeout;
    private readonly TimeProvider _time;

    public AttemptTimeoutPolicy(TimeSpan timeout, TimeProvider time)
    {
        _timeout = timeout;
        _time = time;
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        var cancellationToken = message.CancellationToken;
        using var expiry = _timeout == Timeout.InfiniteTimeSpan ? null : TimeProviderWaits.CancelAfter(_time, _timeout);
        using var attempt = expiry is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);
        message.AttemptCancellation = attempt.Token;
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(message.Call);
        }
    }

    private KognitosApiException TimedOut(ApiCall call) => new(
        $"Kognitos API {call.Method} {call.Path} timed out after {_timeout.TotalSeconds:0.###} s (KognitosClientOptions.RequestTimeout).",
        KognitosFailureKind.Timeout, call.Method.Method, call.Path, innerException: new TimeoutException());
}
