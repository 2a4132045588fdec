using System;

namespace KognitosGen.Waiting;

/// <summary>How a shared polling loop let go of one waiter.</summary>
internal readonly struct RunWatchOutcome
{
    private RunWatchOutcome(KognitosRun? finished, KognitosApiException? failure, bool readAlone = false)
    {
        Finished = finished;
        Failure = failure;
        ReadAlone = readAlone;
    }

    /// <summary>The run in a terminal status, as the last look showed it; null otherwise.</summary>
    public KognitosRun? Finished { get; }

    /// <summary>True when <see cref="Finished"/> came from <c>GET /v2/runs/{run_id}</c>, so it is the run as it ended, outputs and all.</summary>
    public bool ReadAlone { get; }

    /// <summary>A look's failure that is not transient (401, 403, a response it cannot read), which ends the wait.</summary>
    public KognitosApiException? Failure { get; }

    /// <summary>True when the pages read did not show the run: the waiter goes on polling it on its own.</summary>
    public bool NotListed => Finished is null && Failure is null;

    public static RunWatchOutcome Terminal(KognitosRun run, bool readAlone) => new(run ?? throw new ArgumentNullException(nameof(run)), null, readAlone);

    public static RunWatchOutcome ListFailed(KognitosApiException failure) => new(null, failure);

    public static RunWatchOutcome Missing => default;
}
