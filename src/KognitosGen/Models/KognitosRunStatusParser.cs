using System;

namespace KognitosGen;

/// <summary>Maps wire status strings onto <see cref="KognitosRunStatus"/> without ever throwing.</summary>
public static class KognitosRunStatusParser
{
    /// <summary>Parses a status string case-insensitively; anything unrecognised is <see cref="KognitosRunStatus.Unknown"/>.</summary>
    public static KognitosRunStatus Parse(string? text) => text switch
    {
        null => KognitosRunStatus.Unknown,
        _ when Is(text, "Created") => KognitosRunStatus.Created,
        _ when Is(text, "Pending") => KognitosRunStatus.Pending,
        _ when Is(text, "Running") => KognitosRunStatus.Running,
        _ when Is(text, "Succeeded") => KognitosRunStatus.Succeeded,
        _ when Is(text, "Failed") => KognitosRunStatus.Failed,
        _ when Is(text, "Cancelled") || Is(text, "Canceled") => KognitosRunStatus.Cancelled,
        _ when Is(text, "TimedOut") => KognitosRunStatus.TimedOut,
        _ => KognitosRunStatus.Unknown,
    };

    /// <summary>Whether a run in this status will not change again.</summary>
    public static bool IsTerminal(this KognitosRunStatus status) =>
        status is KognitosRunStatus.Succeeded or KognitosRunStatus.Failed or KognitosRunStatus.Cancelled or KognitosRunStatus.TimedOut;

    private static bool Is(string text, string known) => string.Equals(text, known, StringComparison.OrdinalIgnoreCase);
}
