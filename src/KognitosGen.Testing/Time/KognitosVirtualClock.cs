using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Time.Testing;

namespace KognitosGen.Testing;

/// <summary>
/// The clock a <see cref="KognitosTestServer"/> shares between its client and its emulator: a
/// <see cref="FakeTimeProvider"/> that moves itself on. Whenever no HTTP request of the server's clients is in
/// flight and someone waits on a delay of this clock (a poll interval, a retry backoff), it jumps to the earliest
/// timer due, so waits cost no wall time and happen in the order they would on a real clock.
/// </summary>
/// <remarks>
/// Timers that cancel a token (the wait's timeout, a request's timeout) are deadlines: they fire when the clock
/// reaches them but never make it move, so a request in flight is never timed out by the jump, and a wait times out
/// exactly when polling would have gone past its deadline.
/// </remarks>
public sealed class KognitosVirtualClock : TimeProvider, IAsyncDisposable
{
    private readonly FakeTimeProvider _fake;
    private readonly object _gate = new();
    private readonly List<TrackedTimer> _timers = [];
    private readonly SemaphoreSlim _wake = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _mover;
    private int _inFlight;

    /// <summary>A clock that starts at <paramref name="start"/> and moves itself on.</summary>
    /// <param name="start">The first time it shows.</param>
    public KognitosVirtualClock(DateTimeOffset start)
    {
        _fake = new FakeTimeProvider(start);
        _mover = Task.Run(MoveOnAsync);
    }

    /// <summary>Whether the clock moves itself on (default true); when false, only <see cref="Advance"/> moves it.</summary>
    public bool AutoAdvance { get; set; } = true;

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _fake.GetUtcNow();

    /// <inheritdoc />
    public override long GetTimestamp() => _fake.GetTimestamp();

    /// <inheritdoc />
    public override long TimestampFrequency => _fake.TimestampFrequency;

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => _fake.LocalTimeZone;

    /// <summary>Moves the clock on by <paramref name="delta"/>, firing the timers due on the way, in order.</summary>
    /// <param name="delta">How far; not negative.</param>
    public void Advance(TimeSpan delta) => _fake.Advance(delta);

    /// <inheritdoc />
    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        // Both Task.Delay and CancellationTokenSource create their timer here; only the latter's state is the source.
        var timer = new TrackedTimer(this, state is CancellationTokenSource);
        lock (_gate)
            _timers.Add(timer);
        timer.Start(_fake.CreateTimer(callback, state, dueTime, period), dueTime, period);
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

    private void Schedule(TrackedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        lock (_gate)
        {
            // Periodic timers are left to the fake's own bookkeeping: nobody awaits them, so they never move the clock.
            timer.Due = dueTime == Timeout.InfiniteTimeSpan || period != Timeout.InfiniteTimeSpan ? null : _fake.GetUtcNow() + dueTime;
        }

        Wake();
    }

    private void Forget(TrackedTimer timer)
    {
        lock (_gate)
            _timers.Remove(timer);
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
                _fake.Advance(by);
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
            var now = _fake.GetUtcNow();
            var someoneWaits = false;
            DateTimeOffset? earliest = null;
            foreach (var timer in _timers)
            {
                if (timer.Due is not { } due || due <= now)
                    continue;
                someoneWaits |= !timer.IsDeadline;
                if (earliest is null || due < earliest)
                    earliest = due;
            }

            return someoneWaits ? earliest - now : null;
        }
    }

    /// <summary>A timer of the fake clock, with what the clock needs to know to move on: when it is due and what it is for.</summary>
    private sealed class TrackedTimer(KognitosVirtualClock clock, bool isDeadline) : ITimer
    {
        private ITimer? _inner;

        public bool IsDeadline { get; } = isDeadline;

        /// <summary>When a one-shot timer fires; null when it never will or repeats. Under the clock's lock.</summary>
        public DateTimeOffset? Due { get; set; }

        public void Start(ITimer inner, TimeSpan dueTime, TimeSpan period)
        {
            _inner = inner;
            clock.Schedule(this, dueTime, period);
        }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            var changed = _inner!.Change(dueTime, period);
            clock.Schedule(this, dueTime, period);
            return changed;
        }

        public void Dispose()
        {
            _inner?.Dispose();
            clock.Forget(this);
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
