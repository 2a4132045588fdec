using KognitosGen.Transport;

namespace KognitosGen.RunStart;

/// <summary>Which failed run starts may be recovered, and which may have created the run anyway.</summary>
internal static class RunStartFailure
{
    public static bool MayRecover(KognitosApiException failure) => failure.Kind switch
    {
        KognitosFailureKind.Network or KognitosFailureKind.Timeout => true,
        // A success status with an unreadable or oversized body: the run exists; the lookup finds it.
        KognitosFailureKind.InvalidResponse or KognitosFailureKind.ResponseTooLarge => true,
        KognitosFailureKind.HttpError => failure.StatusCode is 429 or 500 or 502 or 503 or 504,
        // The concurrency limit's 403 is a refusal: nothing to look for, the start is sent again after a backoff.
        KognitosFailureKind.ConcurrencyLimit => true,
        // A handler of the HttpClient pipeline gave up (an open circuit, a timeout policy): an earlier attempt it made
        // may have created the run, so look; but do not send again what the handler refused to.
        KognitosFailureKind.Handler => failure.RequestMayHaveBeenProcessed,
        _ => false,
    };

    /// <summary>
    /// Whether a start may be sent again without looking for its run first (recovery off): only after a transient
    /// failure that says the server did not act (a refusal, a connection never made).
    /// </summary>
    public static bool MayResendUnlooked(KognitosApiException failure) =>
        !failure.RequestMayHaveBeenProcessed && failure.Kind != KognitosFailureKind.Handler && TransientFailure.Is(failure);

    /// <summary>Whether the start may be sent again once the lookup found no run.</summary>
    public static bool MayResend(KognitosApiException failure) => failure.Kind != KognitosFailureKind.Handler;

    /// <summary>
    /// A refusal (429, 503) says the server did not act, and a connect failure proves the request never left; a lost or
    /// ambiguous answer may have created the run (see <see cref="KognitosApiException.RequestMayHaveBeenProcessed"/>).
    /// </summary>
    public static bool MayHaveCreatedTheRun(KognitosApiException failure) => failure.RequestMayHaveBeenProcessed;
}
