using System;

namespace KognitosGen;

/// <summary>How a shared polling loop let go of one waiter.</summary>
internal readonly struct RunWatchOutcome
{
    private RunWatchOutcome(KognitosRun? finished, KognitosApiException? failure)
    {
        Finished = finished;
        Failure = failure;
    }

    /// <summary>The run in a terminal status, as the list showed it; null otherwise.</summary>
    public KognitosRun? Finished { get; }

    /// <summary>The list's failure (after its retries), which ends the wait as a failed poll would have.</summary>
    public KognitosApiException? Failure { get; }

    /// <summary>True when the pages read did not show the run: the waiter goes on polling it on its own.</summary>
    public bool NotListed => Finished is null && Failure is null;

    public static RunWatchOutcome Terminal(KognitosRun run) => new(run ?? throw new ArgumentNullException(nameof(run)), null);

    public static RunWatchOutcome ListFailed(KognitosApiException failure) => new(null, failure);

    public static RunWatchOutcome Missing => default;
}
