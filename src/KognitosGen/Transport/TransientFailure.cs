namespace KognitosGen.Transport;

/// <summary>Which failures a later attempt may not meet: what reads retry and what waits and a typed run's steps ride out.</summary>
internal static class TransientFailure
{
    /// <summary>
    /// True for 429, 502, 503, 504, the concurrency limit's 403, a timeout and a lost connection. False for the server's definitive answers (400,
    /// 401, 403, 404 ...), a 500, a response the client cannot read, and a handler of the HttpClient pipeline that
    /// gave up (it already decided).
    /// </summary>
    public static bool Is(KognitosApiException failure) => failure.Kind switch
    {
        KognitosFailureKind.Network or KognitosFailureKind.Timeout => true,
        KognitosFailureKind.HttpError => StatusMeaning.IsTransient(failure.StatusCode),
        KognitosFailureKind.ConcurrencyLimit => true,
        _ => false,
    };
}
