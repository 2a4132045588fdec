namespace KognitosGen.Ledger.PostgreSql;

/// <summary>Settings of a <see cref="KognitosPostgreSqlRunLedger"/>.</summary>
public sealed class KognitosPostgreSqlRunLedgerOptions
{
    /// <summary>How long an entry is kept after its key was first claimed; older entries are deleted. Default 90 days (as Step Functions keeps an execution name).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>Whether the table is created on first use (false when the role may not create tables: run the packaged script). Default true.</summary>
    public bool CreateTable { get; set; } = true;
}
