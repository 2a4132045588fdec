using System;

namespace KognitosGen;

/// <summary>Maps wire status strings onto <see cref="KognitosRunStatus"/> without ever throwing.</summary>
public static class KognitosRunStatusParser
{
    /// <summary>
    /// Parses a status string ignoring case and word separators, so that <c>TimedOut</c>, <c>TIMED_OUT</c>,
    /// <c>timed-out</c> and <c>Timed Out</c> all read as <see cref="KognitosRunStatus.TimedOut"/>; anything
    /// unrecognised (a run awaiting guidance, say) is <see cref="KognitosRunStatus.Unknown"/>, which waits treat as
    /// still running.
    /// </summary>
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

    // The docs spell statuses in PascalCase but do not promise it: compare letters only, case-insensitively.
    private static bool Is(string text, string known)
    {
        var k = 0;
        foreach (var c in text)
        {
            if (c is '_' or '-' or ' ')
                continue;
            if (k == known.Length || char.ToUpperInvariant(c) != char.ToUpperInvariant(known[k]))
                return false;
            k++;
        }

        return k == known.Length;
    }
}
