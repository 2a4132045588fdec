using System;

namespace KognitosGen;

/// <summary>A run ended <c>Failed</c>, <c>Cancelled</c> or <c>TimedOut</c> where success was needed.</summary>
public sealed class KognitosRunFailedException : Exception
{
    /// <summary>Reports that <paramref name="run"/> did not succeed.</summary>
    /// <param name="run">The run in its final state.</param>
    public KognitosRunFailedException(KognitosRun run)
        : base($"Kognitos run {(run ?? throw new ArgumentNullException(nameof(run))).Id} ('{run.Name}') of process {run.ProcessId} ended with status {run.StatusText}.")
    {
        Run = run;
    }

    /// <summary>
    /// The run as the client last saw it: as the poll (or read) that found it ended returned it, in its terminal
    /// status, raw response included.
    /// </summary>
    public KognitosRun Run { get; }

    /// <summary>The status the run ended with.</summary>
    public KognitosRunStatus Status => Run.Status;
}
