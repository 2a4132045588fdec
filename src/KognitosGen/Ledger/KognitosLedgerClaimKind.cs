namespace KognitosGen;

/// <summary>How a <see cref="IKognitosRunLedger.ClaimAsync"/> was answered.</summary>
public enum KognitosLedgerClaimKind
{
    /// <summary>The key is the caller's to start (a new entry, an expired claim taken over, or a failed run replaced).</summary>
    Claimed = 0,

    /// <summary>The key's run was recorded, with the same inputs: the start answers with that run.</summary>
    Existing,

    /// <summary>The key's entry has other inputs: the start is refused.</summary>
    Conflict,

    /// <summary>Another owner's claim holds the key and has no run recorded yet: ask again, at the latest when its lease ends.</summary>
    HeldByOther,
}
