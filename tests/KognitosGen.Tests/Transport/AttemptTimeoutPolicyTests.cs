using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using Microsoft.Extensions.Time.Testing;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Transport;

/// <summary>The per-attempt timeout alone: its own expiry is a Timeout failure, the caller's cancellation is not.</summary>
public sealed class AttemptTimeoutPolicyTests
{
    [Fact]
    public async Task An_attempt_that_outlives_RequestTimeout_on_the_client_clock_fails_as_a_timeout()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var policy = new AttemptTimeoutPolicy(TimeSpan.FromSeconds(30), time);
        var message = new ApiMessage(Get(), CancellationToken.None);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var call = RunAsync(policy, message, async (m, _) =>
        {
            entered.SetResult();
            await Task.Delay(Timeout.Infinite, m.AttemptCancellation);
        }).AsTask();
        await entered.Task;
        Assert.False(call.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(30));

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(() => call);
        Assert.Equal(KognitosFailureKind.Timeout, thrown.Kind);
        Assert.Contains("timed out after 30 s (KognitosClientOptions.RequestTimeout)", thrown.Message, StringComparison.Ordinal);
        Assert.IsType<TimeoutException>(thrown.InnerException);
    }

    [Fact]
    public async Task The_callers_cancellation_goes_on_as_a_cancellation()
    {
        var policy = new AttemptTimeoutPolicy(TimeSpan.FromSeconds(30), new FakeTimeProvider());
        using var cancellation = new CancellationTokenSource();
        var message = new ApiMessage(Get(), cancellation.Token);

        var call = RunAsync(policy, message, async (m, _) =>
        {
            cancellation.Cancel();
            await Task.Delay(Timeout.Infinite, m.AttemptCancellation);
        }).AsTask();

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.IsNotType<KognitosApiException>(thrown);
    }

    [Fact]
    public async Task An_infinite_timeout_still_passes_the_callers_token_on()
    {
        var policy = new AttemptTimeoutPolicy(Timeout.InfiniteTimeSpan, TimeProvider.System);
        using var cancellation = new CancellationTokenSource();
        var message = new ApiMessage(Get(), cancellation.Token);
        var seen = false;

        await RunAsync(policy, message, (m, _) =>
        {
            cancellation.Cancel();
            seen = m.AttemptCancellation.IsCancellationRequested;
            return ValueTask.CompletedTask;
        });

        Assert.True(seen);
    }
}
