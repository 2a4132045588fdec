using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>The statuses a run has read so far, each with the time it began (its schedule, cut short by a cancel).</summary>
internal static class RunTimeline
{
    public static IReadOnlyList<(string Status, DateTimeOffset At)> Of(StoredRun run, DateTimeOffset now)
    {
        var schedule = run.Schedule;
        var steps = new List<(string, DateTimeOffset)>();
        var at = run.CreatedAt;
        var cancelled = run.CancelledAt;
        void Step(string status, DateTimeOffset start)
        {
            if (start <= now && (cancelled is null || start < cancelled))
                steps.Add((status, start));
        }

        // The start's answer reads Created whatever the schedule; later phases of zero length are never read, so they are left out.
        Step(RunSchedule.Created, at);
        at += TimeSpan.FromMilliseconds(schedule.CreatedMs);
        if (schedule.PendingMs > 0)
            Step(RunSchedule.Pending, at);
        at += TimeSpan.FromMilliseconds(schedule.PendingMs);
        if (schedule.RunningMs > 0)
            Step(RunSchedule.Running, at);
        at += TimeSpan.FromMilliseconds(schedule.RunningMs);
        Step(schedule.TerminalStatus, at);
        if (cancelled is { } when && when <= now)
            steps.Add((nameof(TerminalRunStatus.Cancelled), when));
        return steps;
    }
}
