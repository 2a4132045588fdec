namespace KognitosGen.Emulator;

/// <summary>The documented statuses a run can end in.</summary>
public enum TerminalRunStatus
{
    /// <summary>The run completed; its outputs are visible.</summary>
    Succeeded,

    /// <summary>The run encountered an error.</summary>
    Failed,

    /// <summary>The run was cancelled by a user.</summary>
    Cancelled,

    /// <summary>The run exceeded its maximum execution time.</summary>
    TimedOut,
}
