using System;

namespace KognitosGen;

/// <summary>
/// Two starts of one business key (<see cref="KognitosStartOptions.BusinessKey"/>) ran at the same instant, both
/// found no run of the key, and both created one: the process now has two runs for one key. Both runs go on; the
/// caller decides which to keep (for example the one with the lower <see cref="KognitosRun.CreatedAt"/>).
/// </summary>
public sealed class KognitosDuplicateRunException : Exception
{
    internal KognitosDuplicateRunException(string businessKey, KognitosRun started, KognitosRun other)
        : base($"Business key '{businessKey}' of process {started.ProcessId} has more than one run: this start created run {started.Id}, " +
               $"and run {other.Id} carries the same key (two starts of the key raced).")
    {
        BusinessKey = businessKey;
        Run = started;
        OtherRun = other;
    }

    /// <summary>The business key both runs carry.</summary>
    public string BusinessKey { get; }

    /// <summary>The run this start created, as the client last saw it: as the start's answer returned it.</summary>
    public KognitosRun Run { get; }

    /// <summary>Another run of the same key, as the list showed it.</summary>
    public KognitosRun OtherRun { get; }
}
