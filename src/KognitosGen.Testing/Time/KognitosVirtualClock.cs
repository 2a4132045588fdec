using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Testing;

/// <summary>
/// The clock a <see cref="KognitosTestServer"/> shares between its client and its emulator: a fake clock that moves
/// itself on. Whenever no HTTP request of the server's clients is in flight and someone waits on a delay of this clock
/// (a poll interval, a retry backoff), it jumps to the earliest timer due, so waits cost no wall time and happen in
/// the order they would on a real clock.
/// </summary>
/// <remarks>
/// Timers that cancel a token (the wait's timeout, a request's timeout) are deadlines: they fire when the clock
/// reaches them but never make it move, so a request in flight is never timed out by the jump, and a wait times out
/// exactly when polling would have gone past its deadline. Timers count whole milliseconds, as system timers do; a
/// due time of zero fires at once.
/// </remarks>
public sealed class KognitosVirtualClock : TimeProvider, IAsyncDisposable
{
    // Below this many timers due at once the schedule keeps its room; above, it gives it back as they go.
    private const int KeptCapacity = 64;

    private readonly object _gate = new();
    private readonly TimeSpan _offset;
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _mover;

    // The timers due, one entry each (a timer that fired, stopped or was disposed has none), and the most it held
    // since it last gave back its room: 10,000 waits leave no room for 10,000 timers behind them.
    private readonly HashSet<VirtualTimer> _due = [];
    private int _peak;
    private long _sequence;
    private long _ticks;
    private int _inFlight;

    /// <summary>A clock that starts at <paramref name="start"/> and moves itself on.</summary>
    /// <param name="start">The first time it shows.</param>
    public KognitosVirtualClock(DateTimeOffset start)
    {
        _ticks = start.Ticks;
        _offset = start.Offset;
        _mover = Task.Run(MoveOnAsync);
    }

    /// <summary>Whether the clock moves itself on (default true); when false, only <see cref="Advance"/> moves it.</summary>
    public bool AutoAdvance { get; set; } = true;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => new(Volatile.Read(ref _ticks), _offset);

    /// <inheritdoc />
    public override long GetTimestamp() => Volatile.Read(ref _ticks);

    /// <inheritdoc />
    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    /// <summary>How many timers are due (scheduled and not yet fired, stopped or disposed).</summary>
    internal int DueTimers
    {
        get
        {
            lock (_gate)
                return _due.Count;
        }
    }

    /// <summary>How many timers the schedule has room for without growing.</summary>
    internal int DueCapacity
    {
        get
        {
            lock (_gate)
                return _due.EnsureCapacity(0);
        }
    }

    /// <summary>Moves the clock on by <paramref name="delta"/>, firing the timers due on the way, in order.</summary>
    /// <param name="delta">How far; not negative.</param>
    public void Advance(TimeSpan delta)
    {
        if (delta < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(delta), delta, "The clock cannot go back in time.");
        var target = Volatile.Read(ref _ticks) + delta.Ticks;
        while (true)
        {
            VirtualTimer? next = null;
            lock (_gate)
            {
                foreach (var timer in _due)
                {
                    if (timer.DueTicks <= target && (next is null || timer.DueTicks < next.DueTicks || (timer.DueTicks == next.DueTicks && timer.Sequence < next.Sequence)))
                        next = timer;
                }

                if (next is null)
                {
                    if (target > _ticks)
                        Volatile.Write(ref _ticks, target);
                    return;
                }

                if (next.DueTicks > _ticks)
                    Volatile.Write(ref _ticks, next.DueTicks);
                if (next.PeriodTicks > 0)
                {
                    next.DueTicks += next.PeriodTicks;
                    next.Sequence = ++_sequence;
                }
                else
                {
                    Unschedule(next);
                }
            }

            // Outside the lock: the callback may schedule timers, or move the clock itself.
            next.Fire();
        }
    }

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var due = VirtualTimer.Milliseconds(dueTime, nameof(dueTime));
        var every = VirtualTimer.Milliseconds(period, nameof(period));
        var timer = new VirtualTimer(this, callback, state);
        Schedule(timer, due, every);
        return timer;
    }

    /// <summary>Stops moving the clock on.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_stop.IsCancellationRequested)
            return;
        await _stop.CancelAsync().ConfigureAwait(false);
        try
        {
            await _mover.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    internal void RequestStarted() => Interlocked.Increment(ref _inFlight);

    internal void RequestEnded()
    {
        if (Interlocked.Decrement(ref _inFlight) == 0)
            Wake();
    }

    private void Wake() => _wake.Release();

    /// <summary>(Re)starts <paramref name="timer"/>: due in <paramref name="dueMilliseconds"/> (-1: never, 0: at once), then every <paramref name="periodMilliseconds"/>.</summary>
    /// <returns>False when the timer was disposed.</returns>
    internal bool Schedule(VirtualTimer timer, long dueMilliseconds, long periodMilliseconds)
    {
        bool fireNow;
        lock (_gate)
        {
            if (timer.Disposed)
                return false;
            Unschedule(timer);
            timer.PeriodTicks = periodMilliseconds > 0 ? periodMilliseconds * TimeSpan.TicksPerMillisecond : 0;
            fireNow = dueMilliseconds == 0;
            if (dueMilliseconds > 0)
                Add(timer, _ticks + dueMilliseconds * TimeSpan.TicksPerMillisecond);
        }

        if (fireNow)
        {
            timer.Fire();
            lock (_gate)
            {
                if (!timer.Disposed && timer.PeriodTicks > 0 && timer.DueTicks == long.MaxValue)
                    Add(timer, _ticks + timer.PeriodTicks);
            }
        }

        Wake();
        return true;
    }

    internal void Forget(VirtualTimer timer)
    {
        lock (_gate)
        {
            timer.Disposed = true;
            Unschedule(timer);
        }
    }

    // Under the lock.
    private void Add(VirtualTimer timer, long dueTicks)
    {
        timer.DueTicks = dueTicks;
        timer.Sequence = ++_sequence;
        _due.Add(timer);
        if (_due.Count > _peak)
            _peak = _due.Count;
    }

    // Under the lock. The schedule gives back its room once it holds under a quarter of its peak (amortised: each
    // trim is paid for by the removals since the last one).
    private void Unschedule(VirtualTimer timer)
    {
        if (timer.DueTicks == long.MaxValue)
            return;
        _due.Remove(timer);
        timer.DueTicks = long.MaxValue;
        if (_peak > KeptCapacity && _due.Count < _peak / 4)
        {
            _due.TrimExcess();
            _peak = _due.Count;
        }
    }

    private async Task MoveOnAsync()
    {
        while (true)
        {
            await _wake.WaitAsync(_stop.Token).ConfigureAwait(false);
            // Let the continuations just released reach their next await before deciding whether everyone waits.
            await Task.Yield();
            if (NextStop() is { } by)
            {
                Advance(by);
                Wake();
            }
        }
    }

    /// <summary>How far to jump: to the earliest timer due, when nothing is in flight and a delay is being waited on.</summary>
    private TimeSpan? NextStop()
    {
        if (!AutoAdvance || Volatile.Read(ref _inFlight) > 0)
            return null;
        lock (_gate)
        {
            var now = _ticks;
            var someoneWaits = false;
            var earliest = long.MaxValue;
            foreach (var timer in _due)
            {
                // Periodic timers are nobody's wait: they never move the clock.
                if (timer.PeriodTicks > 0 || timer.DueTicks <= now)
                    continue;
                someoneWaits |= !timer.IsDeadline;
                if (timer.DueTicks < earliest)
                    earliest = timer.DueTicks;
            }

            return someoneWaits ? TimeSpan.FromTicks(earliest - now) : null;
        }
    }
}
