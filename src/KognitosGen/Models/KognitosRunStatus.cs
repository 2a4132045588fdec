namespace KognitosGen;

/// <summary>The status of a run. Status strings this version does not know map to <see cref="Unknown"/>.</summary>
public enum KognitosRunStatus
{
    /// <summary>A status string this client does not recognise; <see cref="KognitosRun.StatusText"/> keeps it.</summary>
    Unknown = 0,

    /// <summary>The run was accepted; the status <c>POST /v2/runs</c> reports.</summary>
    Created,

    /// <summary>The run is queued for execution.</summary>
    Pending,

    /// <summary>The run is executing.</summary>
    Running,

    /// <summary>The run finished successfully; its outputs are available.</summary>
    Succeeded,

    /// <summary>The run encountered an error.</summary>
    Failed,

    /// <summary>The run was cancelled.</summary>
    Cancelled,

    /// <summary>The run exceeded its maximum execution time.</summary>
    TimedOut,
}
