using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using Microsoft.Extensions.Time.Testing;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Transport;

/// <summary>The throttle policy alone: which failures pause every request of the client, and for how long.</summary>
public sealed class ThrottlePolicyTests
{
    [Fact]
    public async Task A_429_halves_the_limit_and_at_one_request_at_a_time_pauses_the_client_for_its_Retry_After()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var throttle = new RequestThrottle(2, time);
        var policy = new ThrottlePolicy(throttle, QuickRetry());

        await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, new ApiMessage(Get(), CancellationToken.None), (_, _) => throw Failure(429, TimeSpan.FromSeconds(3))));
        Assert.Equal(1, throttle.Limit);
        Assert.False(throttle.Paused);

        await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, new ApiMessage(Get(), CancellationToken.None), (_, _) => throw Failure(429, TimeSpan.FromSeconds(3))));

        Assert.True(throttle.Paused);
        time.Advance(TimeSpan.FromSeconds(2));
        Assert.True(throttle.Paused);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.False(throttle.Paused);
    }

    [Fact]
    public void A_pause_is_capped_by_MaxRetryAfter_and_falls_back_to_the_base_delay()
    {
        var retry = QuickRetry();
        retry.BaseDelay = TimeSpan.FromMilliseconds(250);
        retry.MaxRetryAfter = TimeSpan.FromSeconds(5);
        var policy = new ThrottlePolicy(new RequestThrottle(4, TimeProvider.System), retry);

        Assert.Equal(TimeSpan.FromSeconds(5), policy.PauseAfter(Failure(503, TimeSpan.FromMinutes(10))));
        Assert.Equal(TimeSpan.FromMilliseconds(250), policy.PauseAfter(Failure(429)));
        Assert.Null(policy.PauseAfter(Failure(500)));
        Assert.Null(policy.PauseAfter(new KognitosApiException("lost", KognitosFailureKind.Network, "GET", "/v2/runs")));
    }

    [Fact]
    public async Task A_failure_that_is_not_a_refusal_leaves_the_client_unpaused_and_frees_its_slot()
    {
        var throttle = new RequestThrottle(1, TimeProvider.System);
        var policy = new ThrottlePolicy(throttle, QuickRetry());

        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await RunAsync(policy, new ApiMessage(Get(), CancellationToken.None), (_, _) => throw new InvalidOperationException("bug")));
        await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, new ApiMessage(Get(), CancellationToken.None), (_, _) => throw Failure(500)));

        Assert.False(throttle.Paused);
        var sent = false;
        await RunAsync(policy, new ApiMessage(Get(), CancellationToken.None), (_, _) =>
        {
            sent = true;
            return ValueTask.CompletedTask;
        });
        Assert.True(sent);
    }
}
