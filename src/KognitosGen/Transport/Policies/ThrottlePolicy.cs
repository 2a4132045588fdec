using System;
using System.Threading.Tasks;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// Lets each attempt through the client's <see cref="RequestThrottle"/>, and after a 429 or 503 pauses every request
/// of the client for the server's Retry-After (up to <see cref="KognitosRetryOptions.MaxRetryAfter"/>), else the base
/// backoff.
/// </summary>
internal sealed class ThrottlePolicy : TransportPolicy
{
    private readonly RequestThrottle _throttle;
    private readonly KognitosRetryOptions _retry;

    public ThrottlePolicy(RequestThrottle throttle, KognitosRetryOptions retry)
    {
        _throttle = throttle;
        _retry = retry;
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        await _throttle.EnterAsync(message.CancellationToken).ConfigureAwait(false);
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (KognitosApiException failure)
        {
            _throttle.Exit(PauseAfter(failure));
            throw;
        }
        catch
        {
            _throttle.Exit(null);
            throw;
        }

        _throttle.Exit(null);
    }

    /// <summary>How long every request pauses after <paramref name="failure"/>; null when the server did not throttle.</summary>
    internal TimeSpan? PauseAfter(KognitosApiException failure)
    {
        if (failure.Kind != KognitosFailureKind.HttpError || failure.StatusCode is not (429 or 503))
            return null;
        var pause = failure.RetryAfter ?? _retry.BaseDelay;
        return pause > _retry.MaxRetryAfter ? _retry.MaxRetryAfter : pause;
    }
}
