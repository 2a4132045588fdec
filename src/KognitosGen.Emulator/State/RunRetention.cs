using System;

namespace KognitosGen.Emulator;

/// <summary>How long the run store keeps a run after it ended, and when it next looks for such runs.</summary>
internal sealed class RunRetention(TimeSpan keepAfterEnd, TimeProvider time)
{
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    /// <summary>Whether a sweep is due (at most four per retention period, so the cost stays small); under the store's lock.</summary>
    public bool SweepDue()
    {
        var now = time.GetUtcNow();
        if (now < _nextSweep)
            return false;
        _nextSweep = now + TimeSpan.FromTicks(Math.Max(1, keepAfterEnd.Ticks / 4));
        return true;
    }

    /// <summary>Whether a run that ended at <paramref name="endedAt"/> is to be forgotten now.</summary>
    public bool Expired(DateTimeOffset endedAt) => endedAt + keepAfterEnd <= time.GetUtcNow();
}
