namespace KognitosGen.Ledger.Sqlite;

/// <summary>Settings of a <see cref="KognitosSqliteRunLedger"/>.</summary>
public sealed class KognitosSqliteRunLedgerOptions
{
    /// <summary>How long an entry is kept after its key was first claimed; older entries are deleted. Default 90 days (as Step Functions keeps an execution name).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>How long a statement waits for another process's write lock on the file before failing. Default 30 s.</summary>
    public TimeSpan BusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether each commit waits for the disk (SQLite's <c>synchronous = FULL</c>). False (the default) is
    /// <c>NORMAL</c>, WAL's usual setting: a commit survives the crash or kill of any process, but a power loss or an
    /// operating system crash may undo the last commits, and a start whose claim was undone could then run twice.
    /// </summary>
    public bool SyncEveryCommit { get; set; }

    /// <summary>The clock of leases and retention (one machine's: every process using the file shares it).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
