using System;

namespace KognitosGen;

/// <summary>One business key's entry in a <see cref="IKognitosRunLedger"/>.</summary>
public sealed class KognitosLedgerEntry
{
    /// <summary>Creates an entry as a store read it.</summary>
    public KognitosLedgerEntry(string businessKey, string inputsHash, string owner, string? runId, DateTimeOffset leaseUntil, int generation, DateTimeOffset createdAt)
    {
        BusinessKey = businessKey ?? throw new ArgumentNullException(nameof(businessKey));
        InputsHash = inputsHash ?? throw new ArgumentNullException(nameof(inputsHash));
        Owner = owner ?? throw new ArgumentNullException(nameof(owner));
        RunId = runId;
        LeaseUntil = leaseUntil;
        Generation = generation;
        CreatedAt = createdAt;
    }

    /// <summary>The caller's key.</summary>
    public string BusinessKey { get; }

    /// <summary>The hash of the inputs of the key's first start.</summary>
    public string InputsHash { get; }

    /// <summary>Who claimed the key last.</summary>
    public string Owner { get; }

    /// <summary>The run started for the key; null while a claim is starting it.</summary>
    public string? RunId { get; }

    /// <summary>Until when the claim holds without a recorded run, by the store's clock.</summary>
    public DateTimeOffset LeaseUntil { get; }

    /// <summary>0 for the key's first run; one more each time a reuse policy started it again after a failed run.</summary>
    public int Generation { get; }

    /// <summary>When the key was first claimed, by the store's clock (the retention window counts from here).</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        $"Ledger entry {BusinessKey}: inputs {InputsHash}, owner {Owner}, run {RunId ?? "(starting)"}, lease until {LeaseUntil:O}, generation {Generation}";
}
