namespace KognitosGen.Emulator;

/// <summary>The statuses the web UI counts and filters by, in the order a run moves through them.</summary>
internal static class RunStatuses
{
    public static readonly string[] All =
    [
        RunSchedule.Created, RunSchedule.Pending, RunSchedule.Running,
        nameof(TerminalRunStatus.Succeeded), nameof(TerminalRunStatus.Failed),
        nameof(TerminalRunStatus.Cancelled), nameof(TerminalRunStatus.TimedOut),
    ];

    public static int IndexOf(string status) => System.Array.IndexOf(All, status);
}
