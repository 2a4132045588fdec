using System;
using KognitosGen.Timing;

namespace KognitosGen;

/// <summary>
/// How reads (GET) are retried after 429, 502, 503, 504 and transient network failures, and how often each step of a
/// typed run may be sent again: a start after a refusal (429, 503) or a lookup that found no run, a file's upload slot
/// and its upload after a transient failure. Each call, and each step of a typed run, has one budget of
/// <see cref="MaxRetries"/> retries, shared by every re-send of it; plain run starts and file creations are never
/// re-sent once they may have reached the server.
/// </summary>
public sealed class KognitosRetryOptions
{
    /// <summary>
    /// Retries after the first attempt, per call and per step of a typed run; 0 turns retrying off. Default 3. A typed
    /// start makes at most <c>MaxRetries + 1</c> POSTs in all, and its failure says how many it made over how long.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first backoff delay, doubled on each retry, with full jitter. Default 500 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The longest backoff delay. Default 10 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest <c>Retry-After</c> honoured; a longer one fails the call at once. Default 60 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The wait before attempt <paramref name="attempt"/> + 1 after <paramref name="failure"/>: the server's
    /// Retry-After when it sent one, else full-jitter backoff; null when the budget is spent or the server asks for
    /// a longer wait than <see cref="MaxRetryAfter"/>.
    /// </summary>
    internal TimeSpan? DelayAfter(KognitosApiException failure, int attempt)
    {
        if (attempt >= MaxRetries)
            return null;
        if (failure.RetryAfter is { } retryAfter)
            return retryAfter <= MaxRetryAfter ? retryAfter : null;
        return Backoff.FullJitter(attempt, BaseDelay, MaxDelay);
    }

    internal KognitosRetryOptions Clone() => (KognitosRetryOptions)MemberwiseClone();
}
