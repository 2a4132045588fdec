namespace KognitosGen;

/// <summary>Whether a business key whose run failed may start a new run (as Temporal's workflow ID reuse policy).</summary>
public enum KognitosRunReusePolicy
{
    /// <summary>Never: a start of the key answers with its recorded run, whatever became of it (the default).</summary>
    RejectDuplicate = 0,

    /// <summary>A start of the key whose recorded run failed or was cancelled starts a new one; otherwise it answers with the recorded run.</summary>
    AllowDuplicateFailedOnly,
}
