using System;

namespace KognitosGen;

/// <summary>A run did not reach a terminal status within the wait's overall timeout.</summary>
public sealed class KognitosWaitTimeoutException : TimeoutException
{
    internal KognitosWaitTimeoutException(KognitosRun lastSeen, TimeSpan timeout)
        : base($"Kognitos run {lastSeen.Id} was still {lastSeen.StatusText} after waiting {timeout.TotalSeconds:0.###} s for it to finish.")
    {
        LastSeen = lastSeen;
        Timeout = timeout;
    }

    /// <summary>The run as last polled; it may still finish later.</summary>
    public KognitosRun LastSeen { get; }

    /// <summary>The overall timeout that ran out.</summary>
    public TimeSpan Timeout { get; }
}
