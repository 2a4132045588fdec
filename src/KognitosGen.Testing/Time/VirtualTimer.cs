using System;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Testing;

/// <summary>
/// A timer of <see cref="KognitosVirtualClock"/>: its callback, when it is next due on the clock, and what it is for.
/// The clock keeps it in its schedule only while it is due, so a timer that fired or stopped holds nothing there.
/// </summary>
internal sealed class VirtualTimer : ITimer
{
    // The largest due time or period a timer takes, in milliseconds (as System.Threading.Timer).
    private const long MaxMilliseconds = 0xfffffffe;

    private readonly KognitosVirtualClock _clock;
    private readonly TimerCallback _callback;
    private readonly object? _state;

    public VirtualTimer(KognitosVirtualClock clock, TimerCallback callback, object? state)
    {
        _clock = clock;
        _callback = callback;
        _state = state;
        // Both Task.Delay and CancellationTokenSource create their timer on the clock; only the latter's state is the source.
        IsDeadline = state is CancellationTokenSource;
    }

    /// <summary>Whether it cancels a token (a timeout): it fires when the clock gets there but never makes it move.</summary>
    public bool IsDeadline { get; }

    /// <summary>When it fires next, in the clock's ticks; long.MaxValue when it is not due. Under the clock's lock.</summary>
    public long DueTicks { get; set; } = long.MaxValue;

    /// <summary>Its period in ticks; 0 for a one-shot timer. Under the clock's lock.</summary>
    public long PeriodTicks { get; set; }

    /// <summary>The order it was scheduled in, which orders timers due at the same tick. Under the clock's lock.</summary>
    public long Sequence { get; set; }

    /// <summary>Whether it was disposed. Under the clock's lock.</summary>
    public bool Disposed { get; set; }

    public void Fire() => _callback(_state);

    /// <inheritdoc />
    public bool Change(TimeSpan dueTime, TimeSpan period) => _clock.Schedule(this, Milliseconds(dueTime, nameof(dueTime)), Milliseconds(period, nameof(period)));

    /// <inheritdoc />
    public void Dispose() => _clock.Forget(this);

    /// <inheritdoc />
    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A due time or period in whole milliseconds, as a timer counts them; -1 for never.</summary>
    public static long Milliseconds(TimeSpan span, string name)
    {
        var milliseconds = (long)span.TotalMilliseconds;
        if (milliseconds < -1 || milliseconds > MaxMilliseconds)
            throw new ArgumentOutOfRangeException(name, span, $"A timer's {name} must be -1 ms (never) or between 0 and {MaxMilliseconds} ms.");
        return milliseconds;
    }
}
