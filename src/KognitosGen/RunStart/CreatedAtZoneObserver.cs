using System;
using System.Threading;
using KognitosGen.Wire;

namespace KognitosGen.RunStart;

/// <summary>
/// Learns which zone a server's offset-less created_at values are in, from the answers to run starts: a run is
/// created when its start arrives, so its created_at read as UTC, minus the time the answer came, is the zone's
/// offset (rounded to a quarter hour, as zones are). Unknown until a start has been answered.
/// </summary>
internal sealed class CreatedAtZoneObserver
{
    private const long Unknown = long.MinValue;
    private static readonly TimeSpan Tolerance = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxZoneOffset = TimeSpan.FromHours(14);
    private long _offsetTicks = Unknown;

    /// <summary>The learned offset of offset-less times from UTC, or null when no start answer has shown it yet.</summary>
    public TimeSpan? Offset
    {
        get
        {
            var ticks = Volatile.Read(ref _offsetTicks);
            return ticks == Unknown ? null : TimeSpan.FromTicks(ticks);
        }
    }

    public void Observe(KognitosRun started, DateTimeOffset answeredAt)
    {
        if (CreatedAtText.HasOffset(started.CreatedAtText) || started.CreatedAt is not { } apparent)
            return;
        var difference = apparent - answeredAt;
        var quarters = Math.Round(difference.TotalMinutes / 15);
        var offset = TimeSpan.FromMinutes(quarters * 15);
        if ((difference - offset).Duration() <= Tolerance && offset.Duration() <= MaxZoneOffset)
            Volatile.Write(ref _offsetTicks, offset.Ticks);
    }
}
