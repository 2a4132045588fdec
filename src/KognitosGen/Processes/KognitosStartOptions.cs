namespace KognitosGen;

/// <summary>Per-run overrides for starting a typed process.</summary>
public sealed class KognitosStartOptions
{
    /// <summary>The run's name (1 to 100 characters); the process name when null.</summary>
    public string? RunName { get; init; }

    /// <summary>Overrides the agent ID the process class resolved to.</summary>
    public string? AgentId { get; init; }

    /// <summary>Overrides the process ID the process class resolved to.</summary>
    public string? ProcessId { get; init; }

    /// <summary>Overrides the stage the process class resolved to.</summary>
    public KognitosStage? Stage { get; init; }

    /// <summary>
    /// A key of the caller's own that names one piece of work (an invoice number, a message ID): one run per key,
    /// across clients and machines. The run name then carries a token derived from the key instead of a random one,
    /// and the start first looks for a run with that token among the process's 1,000 newest runs of the stage; a
    /// redelivered or repeated start returns the run found. Two starts of one key at the same instant can both
    /// create a run: the one that sees the other's run when it lists again afterwards throws
    /// <see cref="KognitosDuplicateRunException"/>. With a <see cref="KognitosClientOptions.RunLedger"/> the key is
    /// claimed there first: exactly one run per key, the same inputs answered with the key's run, other inputs refused
    /// with <see cref="KognitosBusinessKeyConflictException"/>. Null (the default) starts a new run every time.
    /// </summary>
    public string? BusinessKey { get; init; }

    /// <summary>
    /// Whether a <see cref="BusinessKey"/> whose recorded run failed may start a new run (with a
    /// <see cref="KognitosClientOptions.RunLedger"/> only). Default <see cref="KognitosRunReusePolicy.RejectDuplicate"/>.
    /// </summary>
    public KognitosRunReusePolicy ReusePolicy { get; init; }
}
