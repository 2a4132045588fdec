namespace KognitosGen.Transport;

/// <summary>When a failed request may be sent again.</summary>
internal enum ResendRule
{
    /// <summary>Reads: on 429, 502, 503, 504, timeouts and network failures, within the retry budget.</summary>
    Idempotent,

    /// <summary>
    /// Run starts and file creations: only when the failure proves the request never left. A typed run's steps send
    /// them again themselves after refusals and lost answers (see <see cref="RetryBudget"/>).
    /// </summary>
    OnlyIfNotSent,
}
