using System;
using System.Linq;

namespace KognitosGen.Recording;

/// <summary>
/// A recorded run's statuses as the emulator's run plan reads them: how long it read Created, Pending and Running,
/// and how it ended. A status is taken to begin when the client first saw it, so the replay is never faster than the
/// recording. A run never seen to end runs for good (<see cref="Forever"/>).
/// </summary>
internal sealed record RecordedTimeline(int CreatedMs, int PendingMs, int RunningMs, string TerminalStatus, bool AwaitedGuidance)
{
    /// <summary>The running time of a run whose end was never seen: about 12 days.</summary>
    public const int Forever = 1_000_000_000;

    public static RecordedTimeline Of(RecordedRun run)
    {
        long? pendingAt = null, runningAt = null, endAt = null;
        string? terminal = null;
        var guidance = false;
        foreach (var status in run.Statuses.OrderBy(s => s.AtMs))
        {
            var canonical = RecordedStatusWords.Canonical(status.Status);
            switch (canonical)
            {
                case "Pending":
                    pendingAt ??= status.AtMs;
                    break;
                case "Running":
                    runningAt ??= status.AtMs;
                    break;
                case RecordedStatusWords.AwaitingGuidance:
                    runningAt ??= status.AtMs;
                    guidance = true;
                    break;
                case not null when RecordedStatusWords.IsTerminal(canonical) && endAt is null:
                    endAt = status.AtMs;
                    terminal = canonical;
                    break;
            }
        }

        if (endAt is null)
        {
            var created = Clamp(pendingAt ?? runningAt ?? 0);
            var pendingFor = runningAt is { } r ? Clamp(r - (pendingAt ?? r)) : Forever;
            return new RecordedTimeline(created, pendingFor, runningAt is null ? 0 : Forever, "Succeeded", guidance);
        }

        var pendingStart = Math.Min(pendingAt ?? runningAt ?? endAt.Value, endAt.Value);
        var runningStart = Math.Max(pendingStart, Math.Min(runningAt ?? endAt.Value, endAt.Value));
        return new RecordedTimeline(Clamp(pendingStart), Clamp(runningStart - pendingStart), Clamp(endAt.Value - runningStart), terminal!, guidance);
    }

    private static int Clamp(long ms) => (int)Math.Clamp(ms, 0, Forever);
}
