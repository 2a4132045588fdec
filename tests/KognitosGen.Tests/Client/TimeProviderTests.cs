using System.Diagnostics;
using KognitosGen.Tests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KognitosGen.Tests.Client;

/// <summary>Polling delays, the wait's timeout and retry backoff run on KognitosClientOptions.TimeProvider.</summary>
public sealed class TimeProviderTests
{
    // Far above what the virtual waits below cost in wall time, far below what they would cost on the real clock.
    private static readonly TimeSpan WallBound = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Moves <paramref name="clock"/> on in steps until <paramref name="task"/> ends. The steps take no account of
    /// requests in flight, so the tests turn the per-request timeout (on the same clock) off.
    /// </summary>
    private static async Task AdvanceUntil(FakeTimeProvider clock, Task task, TimeSpan step)
    {
        while (!task.IsCompleted)
        {
            clock.Advance(step);
            await Task.WhenAny(task, Task.Delay(1));
        }
    }

    [Fact]
    public async Task A_wait_times_out_on_the_fake_clock_not_the_wall_clock()
    {
        await using var server = await LoopbackServer.StartAsync((context, _) => Responses.Json(context, Responses.Run("run1", "Running")));
        var clock = new FakeTimeProvider();
        using var client = server.CreateClient(o =>
        {
            o.TimeProvider = clock;
            o.RequestTimeout = Timeout.InfiniteTimeSpan;
        });
        var polling = new KognitosPollingOptions { InitialInterval = TimeSpan.FromSeconds(1), MaxInterval = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromMinutes(2) };
        var wall = Stopwatch.StartNew();
        var started = clock.GetUtcNow();

        var wait = client.WaitForCompletionAsync("run1", polling);
        await AdvanceUntil(clock, wait, TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<KognitosWaitTimeoutException>(() => wait);
        Assert.Equal(TimeSpan.FromMinutes(2), error.Timeout);
        Assert.Equal(KognitosRunStatus.Running, error.Run.Status);
        Assert.InRange(clock.GetUtcNow() - started, TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2) + TimeSpan.FromSeconds(2));
        // Delays of 1, 2, 4, 8 s then 10 s for two minutes: some fifteen polls, not one per advance step.
        Assert.InRange(server.Requests.Count, 8, 25);
        Assert.True(wall.Elapsed < WallBound, $"took {wall.Elapsed} of wall time");
    }

    [Fact]
    public async Task Retry_after_is_waited_on_the_fake_clock()
    {
        await using var server = await LoopbackServer.StartAsync((context, attempt) =>
            attempt == 1 ? Responses.Status(context, 503, retryAfterSeconds: 45) : Responses.Json(context, """{"status": "OK"}"""));
        var clock = new FakeTimeProvider();
        using var client = server.CreateClient(o =>
        {
            o.TimeProvider = clock;
            o.RequestTimeout = Timeout.InfiniteTimeSpan;
            o.Retry.MaxRetryAfter = TimeSpan.FromMinutes(1);
        });
        var wall = Stopwatch.StartNew();
        var started = clock.GetUtcNow();

        var health = client.GetHealthAsync();
        await AdvanceUntil(clock, health, TimeSpan.FromSeconds(5));

        Assert.Equal("OK", (await health).Status);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.GetUtcNow() - started >= TimeSpan.FromSeconds(45));
        Assert.True(wall.Elapsed < WallBound, $"took {wall.Elapsed} of wall time");
    }

    [Fact]
    public void A_null_time_provider_is_refused()
    {
        var options = new KognitosClientOptions { BaseUrl = new Uri("http://127.0.0.1:1"), ApiKey = LoopbackServer.ApiKey, TimeProvider = null! };

        var error = Assert.Throws<ArgumentNullException>(() => new KognitosClient(options));

        Assert.Contains("TimeProvider", error.Message);
    }
}
