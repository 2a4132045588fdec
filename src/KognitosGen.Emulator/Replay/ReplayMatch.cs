namespace KognitosGen.Emulator;

/// <summary>Which recorded run a run start replays.</summary>
public enum ReplayMatch
{
    /// <summary>A recorded run of the same process, stage and file names whose inputs are equal, bar <see cref="KognitosReplay.IgnoredInputs"/> (the default).</summary>
    Exact,

    /// <summary>Any recorded run of the same process and stage, in recorded order.</summary>
    ProcessOnly,
}
