using System;

namespace KognitosGen.Emulator;

/// <summary>When a run reads which status; status is computed from elapsed time, so no timers run.</summary>
internal sealed record RunSchedule(int CreatedMs, int PendingMs, int RunningMs, string TerminalStatus)
{
    public const string Created = "Created";
    public const string Pending = "Pending";
    public const string Running = "Running";

    /// <summary>How long after its creation a run reaches its terminal status.</summary>
    public TimeSpan Duration => TimeSpan.FromMilliseconds((double)CreatedMs + PendingMs + RunningMs);

    public string StatusAfter(TimeSpan elapsed)
    {
        var ms = elapsed.TotalMilliseconds;
        if (ms < CreatedMs)
            return Created;
        if (ms < (double)CreatedMs + PendingMs)
            return Pending;
        if (ms < (double)CreatedMs + PendingMs + RunningMs)
            return Running;
        return TerminalStatus;
    }

    /// <summary>Whether <paramref name="elapsed"/> falls in the second half of the running phase.</summary>
    public bool InSecondHalfOfRunning(TimeSpan elapsed)
    {
        var ms = elapsed.TotalMilliseconds;
        var runningStart = (double)CreatedMs + PendingMs;
        return ms >= runningStart + RunningMs / 2.0 && ms < runningStart + RunningMs;
    }
}
