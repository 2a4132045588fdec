namespace KognitosGen.Emulator;

/// <summary>The kinds of fault the emulator injects.</summary>
public enum FaultKind
{
    /// <summary>A 429 answer with <c>Retry-After</c>.</summary>
    RateLimited,

    /// <summary>A 503 answer.</summary>
    ServiceUnavailable,

    /// <summary>Added latency (counted when the delay is above zero).</summary>
    Delayed,

    /// <summary>The connection was aborted before the request was handled.</summary>
    DroppedBeforeHandling,

    /// <summary>The request was handled, then the connection was aborted before the response was sent.</summary>
    DroppedAfterHandling,
}
