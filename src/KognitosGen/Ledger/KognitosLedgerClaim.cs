using System;

namespace KognitosGen;

/// <summary>The answer to <see cref="IKognitosRunLedger.ClaimAsync"/>: what the key's entry says, and what the start does next.</summary>
public sealed class KognitosLedgerClaim
{
    private KognitosLedgerClaim(KognitosLedgerClaimKind kind, KognitosLedgerEntry entry, bool takenOver)
    {
        Kind = kind;
        Entry = entry;
        TakenOver = takenOver;
    }

    /// <summary>Claimed, existing, conflict or held by another owner.</summary>
    public KognitosLedgerClaimKind Kind { get; }

    /// <summary>
    /// The key's entry: when <see cref="KognitosLedgerClaimKind.Claimed"/>, the one the store wrote (a new claim, or the
    /// taken-over one); otherwise the one found.
    /// </summary>
    public KognitosLedgerEntry Entry { get; }

    /// <summary>
    /// The claim replaced a claim that recorded no run (another owner's whose lease ran out, or the caller's own
    /// earlier one): that owner may have started a run, so the start first looks for one in Kognitos.
    /// </summary>
    public bool TakenOver { get; }

    /// <summary>
    /// The rule every store applies inside its transaction, so all answer alike. With no entry the key is claimed. An
    /// entry with other inputs is a conflict. An entry with a run answers with it, unless the caller replaces that
    /// run (a failed run its reuse policy allows starting again: a new generation). An entry with no run is the
    /// caller's when it is its own or its lease has ended (taken over), else it is held by another owner.
    /// </summary>
    /// <param name="current">The key's entry as the store read it (locked), or null.</param>
    /// <param name="businessKey">The key.</param>
    /// <param name="inputsHash">The claiming start's inputs hash.</param>
    /// <param name="owner">The claiming owner.</param>
    /// <param name="replacingRunId">The failed run the caller may replace, or null.</param>
    /// <param name="now">The store's clock.</param>
    /// <param name="lease">The claim's lease.</param>
    /// <returns>The answer; when <see cref="KognitosLedgerClaimKind.Claimed"/>, the store writes <see cref="Entry"/> (insert when <paramref name="current"/> is null, else update).</returns>
    public static KognitosLedgerClaim Decide(
        KognitosLedgerEntry? current, string businessKey, string inputsHash, string owner, string? replacingRunId, DateTimeOffset now, TimeSpan lease)
    {
        if (current is null)
            return new KognitosLedgerClaim(KognitosLedgerClaimKind.Claimed, new KognitosLedgerEntry(businessKey, inputsHash, owner, null, now + lease, 0, now), false);
        if (!string.Equals(current.InputsHash, inputsHash, StringComparison.Ordinal))
            return new KognitosLedgerClaim(KognitosLedgerClaimKind.Conflict, current, false);
        if (current.RunId is { } runId)
        {
            return string.Equals(runId, replacingRunId, StringComparison.Ordinal)
                ? new KognitosLedgerClaim(KognitosLedgerClaimKind.Claimed, Renewed(current, owner, now + lease, current.Generation + 1), false)
                : new KognitosLedgerClaim(KognitosLedgerClaimKind.Existing, current, false);
        }

        return string.Equals(current.Owner, owner, StringComparison.Ordinal) || now >= current.LeaseUntil
            ? new KognitosLedgerClaim(KognitosLedgerClaimKind.Claimed, Renewed(current, owner, now + lease, current.Generation), true)
            : new KognitosLedgerClaim(KognitosLedgerClaimKind.HeldByOther, current, false);
    }

    private static KognitosLedgerEntry Renewed(KognitosLedgerEntry current, string owner, DateTimeOffset leaseUntil, int generation) =>
        new(current.BusinessKey, current.InputsHash, owner, null, leaseUntil, generation, current.CreatedAt);
}
