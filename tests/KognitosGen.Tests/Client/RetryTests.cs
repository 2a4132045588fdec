using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using KognitosGen.Tests.Contract;
using KognitosGen.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Tests.Client;

public sealed class RetryTests
{
    /// <summary>Fails the first <paramref name="failures"/> requests with <paramref name="fail"/>, then answers <paramref name="success"/>.</summary>
    private static Task<LoopbackServer> FailThenSucceed(int failures, Func<HttpContext, Task> fail, string success, int successStatus = 200) =>
        LoopbackServer.StartAsync((context, attempt) => attempt <= failures ? fail(context) : Responses.Json(context, success, successStatus));

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Reads_retry_on_transient_statuses(int status)
    {
        await using var server = await FailThenSucceed(2, c => Responses.Status(c, status), DocumentedExamples.Health);
        using var client = server.CreateClient();

        var health = await client.GetHealthAsync();

        Assert.True(health.IsHealthy);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Reads_honour_retry_after()
    {
        await using var server = await FailThenSucceed(1, c => Responses.Status(c, 429, retryAfterSeconds: 1), DocumentedExamples.Health);
        using var client = server.CreateClient();
        var clock = Stopwatch.StartNew();

        await client.GetHealthAsync();

        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950), $"retried after {clock.ElapsedMilliseconds} ms");
    }

    [Fact]
    public async Task A_retry_after_longer_than_allowed_fails_at_once_and_reports_it()
    {
        await using var server = await FailThenSucceed(1, c => Responses.Status(c, 429, retryAfterSeconds: 3600), DocumentedExamples.Health);
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());

        Assert.Equal(429, error.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), error.RetryAfter);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Reads_give_up_after_the_retry_budget()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 503));
        using var client = server.CreateClient(o => o.Retry.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Equal(503, error.StatusCode);
        Assert.Equal(KognitosFailureKind.HttpError, error.Kind);
        Assert.Equal(3, server.Requests.Count);
    }

    [Fact]
    public async Task Retrying_can_be_turned_off()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Status(c, 503));
        using var client = server.CreateClient(o => o.Retry.MaxRetries = 0);

        await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(400)]
    [InlineData(401)]
    [InlineData(403)]
    [InlineData(404)]
    [InlineData(500)]
    public async Task Reads_do_not_retry_other_errors(int status)
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Error(c, status, "no"));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task Reads_retry_a_dropped_connection()
    {
        await using var server = await FailThenSucceed(1, Responses.Drop, Responses.Run("r1", "Running"));
        using var client = server.CreateClient();

        var run = await client.GetRunAsync("r1");

        Assert.Equal("r1", run.Id);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Reads_retry_a_timed_out_attempt()
    {
        await using var server = await LoopbackServer.StartAsync(async (context, attempt) =>
        {
            if (attempt == 1)
                await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { });
            await Responses.Json(context, DocumentedExamples.Health);
        });
        using var client = server.CreateClient(o => o.RequestTimeout = TimeSpan.FromMilliseconds(250));

        var health = await client.GetHealthAsync();

        Assert.True(health.IsHealthy);
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task Run_starts_are_never_resent_after_a_response(int status)
    {
        await using var server = await FailThenSucceed(1, c => Responses.Status(c, status, retryAfterSeconds: 0), Responses.Run("r1", "Created"), 201);
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(SomeRun()));

        Assert.Equal(status, error.StatusCode);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_run_start_whose_connection_dropped_is_not_resent_and_says_it_may_have_run()
    {
        await using var server = await FailThenSucceed(1, Responses.Drop, Responses.Run("r1", "Created"), 201);
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(SomeRun()));

        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.Equal("POST", error.Method);
        Assert.Equal("/v2/runs", error.Path);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_run_start_that_timed_out_is_not_resent()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted).ContinueWith(_ => { });
            await Responses.Json(context, Responses.Run("r1", "Created"), 201);
        });
        using var client = server.CreateClient(o => o.RequestTimeout = TimeSpan.FromMilliseconds(250));

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(SomeRun()));

        Assert.Equal(KognitosFailureKind.Timeout, error.Kind);
        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task File_creations_are_never_resent_after_a_response()
    {
        await using var server = await FailThenSucceed(1, c => Responses.Status(c, 503), DocumentedExamples.FileResource, 201);
        using var client = server.CreateClient();

        await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateFileAsync("a.pdf", "agent"));

        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_run_start_that_never_connected_is_reported_as_not_processed()
    {
        var closedPort = FreeLoopbackPort();
        using var client = new KognitosClient(TestOptions.Fast(new Uri($"http://127.0.0.1:{closedPort}/"), LoopbackServer.ApiKey));

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(SomeRun()));

        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Equal(0, error.StatusCode);
    }

    [Fact]
    public async Task A_run_start_is_resent_when_the_first_attempt_provably_never_left()
    {
        // The first attempt goes to a port nobody listens on; a handler then redirects later attempts to a live server.
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, Responses.Run("r1", "Created"), 201));
        var closedPort = FreeLoopbackPort();
        var attempts = 0;
        using var http = new HttpClient(new RedirectAfterFirstAttempt(server.BaseAddress, () => Interlocked.Increment(ref attempts)));
        using var client = new KognitosClient(TestOptions.Fast(new Uri($"http://127.0.0.1:{closedPort}/"), LoopbackServer.ApiKey), http);

        var run = await client.CreateRunAsync(SomeRun());

        Assert.Equal("r1", run.Id);
        Assert.Equal(2, attempts);
        Assert.Single(server.Requests);
    }

    private static KognitosCreateRunRequest SomeRun() => new()
    {
        Name = "Process invoice 42",
        ProcessId = "b4fznghynbdemslfd5k044fgd",
        AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z",
    };

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Sends the first attempt where it was addressed (a closed port) and the rest to a live server.</summary>
    private sealed class RedirectAfterFirstAttempt(Uri live, Func<int> countAttempt) : DelegatingHandler(new SocketsHttpHandler())
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (countAttempt() > 1)
                request.RequestUri = new Uri(live, request.RequestUri!.PathAndQuery);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
