using KognitosGen.Tests.Infrastructure;
using KognitosGen.Transport;
using Microsoft.Extensions.Time.Testing;

namespace KognitosGen.Tests.Client;

/// <summary>One throttle per client: a 429 or 503 slows every request of the client, and requests in flight are bounded.</summary>
public sealed class ThrottleTests
{
    [Fact]
    public async Task A_429_at_one_request_at_a_time_holds_back_every_request_of_the_client_until_the_pause_is_over()
    {
        await using var server = await LoopbackServer.StartAsync((context, attempt) =>
            attempt == 1 ? Responses.Status(context, 429, retryAfterSeconds: 3) : Responses.Json(context, Responses.Run("r", "Running")));
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var client = server.CreateClient(o =>
        {
            o.TimeProvider = time;
            o.MaxConcurrentRequests = 1;
        });

        var first = client.GetRunAsync("a");
        while (server.Count < 1 || !client.ThrottlePaused)
            await Task.Delay(5);
        var second = client.GetRunAsync("b");
        await Task.Delay(300);
        Assert.Equal(1, server.Count);

        time.Advance(TimeSpan.FromSeconds(3));
        await Task.WhenAll(first, second);
        Assert.Equal(3, server.Count);
    }

    [Fact]
    public async Task Requests_in_flight_never_exceed_MaxConcurrentRequests()
    {
        var inFlight = 0;
        var most = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            var now = Interlocked.Increment(ref inFlight);
            InterlockedMax(ref most, now);
            await Task.Delay(30);
            Interlocked.Decrement(ref inFlight);
            await Responses.Json(context, Responses.Run("r", "Running"));
        });
        using var client = server.CreateClient(o => o.MaxConcurrentRequests = 3);

        var runs = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => client.GetRunAsync("r" + i)));

        Assert.Equal(12, runs.Length);
        Assert.Equal(12, server.Count);
        Assert.InRange(most, 1, 3);
    }

    [Fact]
    public async Task A_cancelled_request_waiting_for_a_slot_gives_nothing_up_and_sends_nothing()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await release.Task;
            await Responses.Json(context, Responses.Run("r", "Running"));
        });
        using var client = server.CreateClient(o => o.MaxConcurrentRequests = 1);
        using var cancel = new CancellationTokenSource();

        var holding = client.GetRunAsync("a");
        while (server.Count < 1)
            await Task.Delay(5);
        var waiting = client.GetRunAsync("b", cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        release.SetResult();
        await holding;

        Assert.Equal(1, server.Count);
        await client.GetRunAsync("c");
        Assert.Equal(2, server.Count);
    }

    [Fact]
    public async Task Each_throttled_answer_halves_the_requests_let_through_and_other_answers_let_more_through_again()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new RequestThrottle(16, time);
        for (var i = 0; i < 4; i++)
            Assert.True(throttle.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);

        throttle.Exit(TimeSpan.FromSeconds(1));
        throttle.Exit(TimeSpan.FromSeconds(1));
        Assert.Equal(4, throttle.Limit);
        Assert.False(throttle.Paused);

        for (var i = 0; i < 2; i++)
            throttle.Exit(null);
        for (var i = 0; i < 40; i++)
        {
            Assert.True(throttle.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);
            throttle.Exit(null);
        }

        Assert.InRange(throttle.Limit, 9, 16);
    }

    [Fact]
    public async Task Throttled_at_one_request_at_a_time_every_request_waits_the_pause_asked_for()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new RequestThrottle(2, time);
        Assert.True(throttle.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);
        throttle.Exit(TimeSpan.FromSeconds(1));
        Assert.Equal(1, throttle.Limit);
        Assert.False(throttle.Paused);

        Assert.True(throttle.EnterAsync(CancellationToken.None).IsCompletedSuccessfully);
        throttle.Exit(TimeSpan.FromSeconds(1));
        Assert.True(throttle.Paused);
        var held = throttle.EnterAsync(CancellationToken.None);
        Assert.False(held.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await held;
        Assert.False(throttle.Paused);
        throttle.Exit(null);
    }

    [Fact]
    public void MaxConcurrentRequests_must_be_positive()
    {
        var options = TestOptions.Fast(new Uri("http://127.0.0.1:1"), "k");
        options.MaxConcurrentRequests = 0;

        Assert.Throws<ArgumentOutOfRangeException>(() => new KognitosClient(options));
    }

    private static void InterlockedMax(ref int target, int value)
    {
        var seen = Volatile.Read(ref target);
        while (value > seen)
        {
            var previous = Interlocked.CompareExchange(ref target, value, seen);
            if (previous == seen)
                return;
            seen = previous;
        }
    }
}
