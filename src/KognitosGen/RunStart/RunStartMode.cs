namespace KognitosGen.RunStart;

/// <summary>How a typed start makes sure it creates its run at most once: <see cref="PlainStart"/>, <see cref="RecoveredStart"/> or <see cref="KeyedStart"/>.</summary>
internal abstract class RunStartMode
{
    private protected RunStartMode()
    {
    }

    /// <summary>The mode of a start: keyed when it has a business key, else recovered unless recovery is turned off.</summary>
    public static RunStartMode For(string? businessKey, bool recovery, KognitosRunReusePolicy reusePolicy = KognitosRunReusePolicy.RejectDuplicate) =>
        businessKey is { Length: > 0 } key ? new KeyedStart(key, reusePolicy)
        : recovery ? new RecoveredStart(RunStartToken.New())
        : PlainStart.Instance;
}
