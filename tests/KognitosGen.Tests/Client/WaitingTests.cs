using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Client;

public sealed class WaitingTests
{
    private const string Outputs = """[{"name": "the output total", "value": 99.5}]""";

    /// <summary>Answers each poll with the next status of <paramref name="statuses"/>, repeating the last.</summary>
    private static Task<LoopbackServer> ServeStatuses(params string[] statuses) =>
        LoopbackServer.StartAsync((context, attempt) =>
        {
            var status = statuses[Math.Min(attempt, statuses.Length) - 1];
            return Responses.Json(context, Responses.Run("run1", status, status == "Succeeded" ? Outputs : "null"));
        });

    [Fact]
    public async Task Wait_polls_through_every_status_until_succeeded()
    {
        await using var server = await ServeStatuses("Created", "Pending", "Running", "Running", "Succeeded");
        using var client = server.CreateClient();

        var run = await client.WaitForCompletionAsync("run1");

        Assert.Equal(KognitosRunStatus.Succeeded, run.Status);
        Assert.Equal(99.5m, run.Outputs[0].Value.GetDecimal());
        Assert.Equal(5, server.Requests.Count);
        Assert.All(server.Requests, r => Assert.Equal("/v2/runs/run1", r.Path));
    }

    [Theory]
    [InlineData("Failed", KognitosRunStatus.Failed)]
    [InlineData("Cancelled", KognitosRunStatus.Cancelled)]
    [InlineData("TimedOut", KognitosRunStatus.TimedOut)]
    public async Task Wait_returns_other_terminal_statuses_and_EnsureSucceeded_throws_with_the_run(string status, KognitosRunStatus expected)
    {
        await using var server = await ServeStatuses("Running", status);
        using var client = server.CreateClient();

        var run = await client.WaitForCompletionAsync("run1");
        var error = Assert.Throws<KognitosRunFailedException>(() => run.EnsureSucceeded());

        Assert.Equal(expected, run.Status);
        Assert.Same(run, error.Run);
        Assert.Equal(expected, error.Status);
        Assert.Contains("run1", error.Message);
        Assert.Contains(status, error.Message);
    }

    [Trait("Category", "Reliability")]
    [Fact]
    public async Task An_unknown_status_is_kept_and_waited_through()
    {
        await using var server = await ServeStatuses("Running", "AwaitingGuidance", "AwaitingGuidance", "Succeeded");
        using var client = server.CreateClient();

        var run = await client.WaitForCompletionAsync("run1");

        Assert.Equal(KognitosRunStatus.Succeeded, run.Status);
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Wait_gives_up_at_its_timeout_with_the_last_run_seen()
    {
        await using var server = await ServeStatuses("Running");
        using var client = server.CreateClient();
        var polling = new KognitosPollingOptions
        {
            InitialInterval = TimeSpan.FromMilliseconds(10),
            MaxInterval = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromMilliseconds(300),
        };

        var error = await Assert.ThrowsAsync<KognitosWaitTimeoutException>(() => client.WaitForCompletionAsync("run1", polling));

        Assert.Equal(KognitosRunStatus.Running, error.Run.Status);
        Assert.Equal("run1", error.Run.Id);
        Assert.Equal(TimeSpan.FromMilliseconds(300), error.Timeout);
        Assert.IsAssignableFrom<TimeoutException>(error);
        Assert.InRange(server.Requests.Count, 2, 40);
    }

    [Fact]
    public async Task Cancelling_a_wait_surfaces_as_cancellation_not_timeout()
    {
        await using var server = await ServeStatuses("Running");
        using var client = server.CreateClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(150));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            client.WaitForCompletionAsync("run1", new KognitosPollingOptions { InitialInterval = TimeSpan.FromMilliseconds(10), Timeout = TimeSpan.FromMinutes(5) }, cancel.Token));

        Assert.True(server.Requests.Count >= 1);
    }

    [Fact]
    public async Task Poll_delays_grow_to_the_cap()
    {
        await using var server = await ServeStatuses("Running", "Running", "Running", "Running", "Running", "Succeeded");
        using var client = server.CreateClient();
        var polling = new KognitosPollingOptions
        {
            InitialInterval = TimeSpan.FromMilliseconds(40),
            MaxInterval = TimeSpan.FromMilliseconds(80),
            Multiplier = 2,
            Jitter = 0,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await client.WaitForCompletionAsync("run1", polling);

        // Five waits of 40, 80, 80, 80, 80 ms: the sum is a lower bound whatever the machine's speed.
        Assert.True(clock.ElapsedMilliseconds >= 360, $"elapsed {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData(0.5, 0.2)]
    [InlineData(2.0, 1.5)]
    public void Invalid_polling_options_are_refused(double multiplier, double jitter)
    {
        var polling = new KognitosPollingOptions { Multiplier = multiplier, Jitter = jitter };

        Assert.Throws<ArgumentOutOfRangeException>(() =>
            new KognitosClient(new KognitosClientOptions { ApiKey = "k", Polling = polling }));
    }
}
