namespace KognitosGen.Testing.Tests;

/// <summary>
/// The virtual clock's own timers: they fire in the order they are due, once or every period, and the clock holds
/// nothing for a timer that fired, stopped or was disposed, nor room for thousands once they are gone.
/// </summary>
public sealed class VirtualClockTimerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Timers_fire_in_the_order_they_are_due_and_ties_in_the_order_they_were_set()
    {
        await using var clock = new KognitosVirtualClock(Start) { AutoAdvance = false };
        var fired = new List<string>();
        using var late = clock.CreateTimer(_ => fired.Add("late"), null, TimeSpan.FromSeconds(30), Timeout.InfiniteTimeSpan);
        using var first = clock.CreateTimer(_ => fired.Add("first"), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        using var second = clock.CreateTimer(_ => fired.Add("second"), null, TimeSpan.FromSeconds(10), Timeout.InfiniteTimeSpan);
        var seenAt = DateTimeOffset.MinValue;
        using var clockAtFire = clock.CreateTimer(_ => seenAt = clock.GetUtcNow(), null, TimeSpan.FromSeconds(20), Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(25));

        Assert.Equal(["first", "second"], fired);
        Assert.Equal(Start.AddSeconds(20), seenAt);
        Assert.Equal(Start.AddSeconds(25), clock.GetUtcNow());
        Assert.Equal(1, clock.DueTimers);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(["first", "second", "late"], fired);
        Assert.Equal(0, clock.DueTimers);
    }

    [Fact]
    public async Task A_periodic_timer_fires_every_period_until_it_is_disposed_and_a_due_time_of_zero_fires_at_once()
    {
        await using var clock = new KognitosVirtualClock(Start) { AutoAdvance = false };
        var ticks = 0;
        var periodic = clock.CreateTimer(_ => ticks++, null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2));
        var atOnce = 0;
        using var immediate = clock.CreateTimer(_ => atOnce++, null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);

        clock.Advance(TimeSpan.FromSeconds(6)); // due at 1, 3, 5
        periodic.Dispose();
        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal(3, ticks);
        Assert.Equal(1, atOnce);
        Assert.False(periodic.Change(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
        Assert.Equal(0, clock.DueTimers);
    }

    [Fact]
    public async Task A_timer_stopped_or_moved_by_Change_fires_when_it_is_now_due_or_not_at_all()
    {
        await using var clock = new KognitosVirtualClock(Start) { AutoAdvance = false };
        var fired = new List<string>();
        using var stopped = clock.CreateTimer(_ => fired.Add("stopped"), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);
        using var moved = clock.CreateTimer(_ => fired.Add("moved"), null, TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan);

        Assert.True(stopped.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        Assert.True(moved.Change(TimeSpan.FromSeconds(8), Timeout.InfiniteTimeSpan));
        Assert.Equal(1, clock.DueTimers);
        clock.Advance(TimeSpan.FromSeconds(7));
        Assert.Empty(fired);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal(["moved"], fired);
    }

    [Fact]
    public async Task Bad_times_are_refused_with_the_argument_named()
    {
        await using var clock = new KognitosVirtualClock(Start) { AutoAdvance = false };

        var due = Assert.Throws<ArgumentOutOfRangeException>(() => clock.CreateTimer(_ => { }, null, TimeSpan.FromMilliseconds(-2), Timeout.InfiniteTimeSpan));
        Assert.Equal("dueTime", due.ParamName);
        var back = Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromSeconds(-1)));
        Assert.Equal("delta", back.ParamName);
        Assert.Throws<ArgumentNullException>(() => clock.CreateTimer(null!, null, TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
    }

    [Fact]
    public async Task Ten_thousand_timeouts_and_delays_leave_no_entry_and_no_room_behind_them()
    {
        await using var clock = new KognitosVirtualClock(Start) { AutoAdvance = false };
        const int timers = 10_000;
        var timeouts = Enumerable.Range(0, timers / 2).Select(i => new CancellationTokenSource(TimeSpan.FromMinutes(10 + i), clock)).ToArray();
        var delays = Enumerable.Range(0, timers / 2).Select(i => Task.Delay(TimeSpan.FromSeconds(1 + i % 60), clock)).ToArray();
        Assert.Equal(timers, clock.DueTimers);

        clock.Advance(TimeSpan.FromMinutes(1)); // every delay is due: they fire and go
        await Task.WhenAll(delays);
        foreach (var timeout in timeouts)
            timeout.Dispose(); // a wait that ended before its deadline

        Assert.Equal(0, clock.DueTimers);
        Assert.InRange(clock.DueCapacity, 0, 100);
        Assert.All(timeouts, timeout => Assert.False(timeout.IsCancellationRequested));
    }

    [Fact]
    public async Task A_deadline_that_comes_cancels_its_token_and_leaves_the_schedule()
    {
        await using var clock = new KognitosVirtualClock(Start) { AutoAdvance = false };
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30), clock);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.False(deadline.IsCancellationRequested);
        clock.Advance(TimeSpan.FromSeconds(1));

        Assert.True(deadline.IsCancellationRequested);
        Assert.Equal(0, clock.DueTimers);
    }
}
