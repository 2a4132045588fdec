namespace KognitosGen;

/// <summary>Which failed run starts may be recovered, and which may have created the run anyway.</summary>
internal static class RunStartFailure
{
    public static bool MayRecover(KognitosApiException failure) => failure.Kind switch
    {
        KognitosFailureKind.Network or KognitosFailureKind.Timeout => true,
        // A success status with an unreadable or oversized body: the run exists; the lookup finds it.
        KognitosFailureKind.InvalidResponse or KognitosFailureKind.ResponseTooLarge => true,
        KognitosFailureKind.HttpError => failure.StatusCode is 429 or 500 or 502 or 503 or 504,
        // A handler of the HttpClient pipeline gave up (an open circuit, a timeout policy): an earlier attempt it made
        // may have created the run, so look; but do not send again what the handler refused to.
        KognitosFailureKind.Handler => failure.RequestMayHaveBeenProcessed,
        _ => false,
    };

    /// <summary>Whether the start may be sent again once the lookup found no run.</summary>
    public static bool MayResend(KognitosApiException failure) => failure.Kind != KognitosFailureKind.Handler;

    /// <summary>A 429 says the request was refused, and a connect failure proves it never left; all else may have run.</summary>
    public static bool MayHaveCreatedTheRun(KognitosApiException failure) =>
        failure.RequestMayHaveBeenProcessed && !(failure.Kind == KognitosFailureKind.HttpError && failure.StatusCode == 429);
}
