using System;

namespace KognitosGen;

/// <summary>
/// A start of a business key (<see cref="KognitosStartOptions.BusinessKey"/>) had other inputs than the key's first
/// start recorded in the <see cref="IKognitosRunLedger"/> (as Step Functions' <c>ExecutionAlreadyExists</c>): no run
/// was started. Use a new key for new work.
/// </summary>
public sealed class KognitosBusinessKeyConflictException : Exception
{
    internal KognitosBusinessKeyConflictException(string businessKey, string existingInputsHash, string inputsHash, string? existingRunId)
        : base($"Business key '{businessKey}' was started with other inputs (inputs hash {existingInputsHash}" +
               (existingRunId is null ? "" : $", run {existingRunId}") + $"); this start's inputs hash is {inputsHash}. No run was started.")
    {
        BusinessKey = businessKey;
        ExistingInputsHash = existingInputsHash;
        InputsHash = inputsHash;
        ExistingRunId = existingRunId;
    }

    /// <summary>The key.</summary>
    public string BusinessKey { get; }

    /// <summary>The inputs hash the ledger recorded for the key.</summary>
    public string ExistingInputsHash { get; }

    /// <summary>This start's inputs hash.</summary>
    public string InputsHash { get; }

    /// <summary>The key's recorded run, or null while its first start is still starting it.</summary>
    public string? ExistingRunId { get; }
}
