namespace KognitosGen;

/// <summary>What went wrong in a call to the Kognitos API.</summary>
public enum KognitosFailureKind
{
    /// <summary>The server answered with a non-success HTTP status.</summary>
    HttpError,

    /// <summary>No response arrived: the connection failed or was dropped.</summary>
    Network,

    /// <summary>No response arrived within the per-request timeout.</summary>
    Timeout,

    /// <summary>A success status arrived with a body that is not the expected JSON.</summary>
    InvalidResponse,

    /// <summary>The response body exceeded <see cref="KognitosClientOptions.MaxResponseBytes"/>.</summary>
    ResponseTooLarge,

    /// <summary>
    /// A handler of the HttpClient pipeline failed the call before an answer reached the client: for example Polly's
    /// <c>BrokenCircuitException</c> (an open circuit breaker), <c>TimeoutRejectedException</c> (a timeout policy) or
    /// <c>RateLimiterRejectedException</c>. The handler's exception is the inner exception. The client does not send
    /// such a call again itself: your handler already decided.
    /// </summary>
    Handler,

    /// <summary>
    /// The organization's limit of concurrent runs is reached: a run start was answered with the documented 403
    /// "Resource Not Available" (<see cref="KognitosApiException.StatusCode"/> is 403). Nothing was started, so the
    /// start is safe to send again; the client does, with backoff, within its retry budget
    /// (<see cref="KognitosClientOptions.Retry"/>), and this surfaces only when the budget is spent.
    /// </summary>
    ConcurrencyLimit,
}
