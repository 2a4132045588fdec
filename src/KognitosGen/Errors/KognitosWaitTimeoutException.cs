using System;

namespace KognitosGen;

/// <summary>
/// A run did not reach a terminal status within the wait's overall timeout. When the wait's latest look at the run
/// failed (a 429, 502, 503, 504, a timeout or a lost connection, which a wait rides out until its deadline), that
/// failure, a <see cref="KognitosApiException"/>, is the <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class KognitosWaitTimeoutException : TimeoutException
{
    internal KognitosWaitTimeoutException(KognitosRun run, TimeSpan timeout, KognitosApiException? lastFailure = null)
        : base($"Kognitos run {run.Id} was still {run.StatusText} after waiting {timeout.TotalSeconds:0.###} s for it to finish." +
               (lastFailure is null ? "" : $" The latest look at it failed: {lastFailure.Message}"), lastFailure)
    {
        Run = run;
        Timeout = timeout;
    }

    /// <summary>
    /// The run as the client last saw it: as the last poll before the deadline read it (not terminal; it may still
    /// finish later), or only its ID and the status text "(not yet read)" when no poll answered in time.
    /// </summary>
    public KognitosRun Run { get; }

    /// <summary>The overall timeout that ran out.</summary>
    public TimeSpan Timeout { get; }
}
