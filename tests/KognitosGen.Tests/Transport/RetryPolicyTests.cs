using System.Net.Http;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Transport;

/// <summary>The retry policy alone: what it sends again, how often, and what it reports when it stops.</summary>
public sealed class RetryPolicyTests
{
    [Fact]
    public async Task A_read_is_sent_again_after_transient_statuses_until_it_succeeds_and_each_attempt_is_cleared()
    {
        var policy = new RetryPolicy(QuickRetry(), TimeProvider.System);
        var message = new ApiMessage(Get(), CancellationToken.None);
        var requests = new List<HttpRequestMessage>();

        await RunAsync(policy, message, (m, attempt) =>
        {
            Assert.Null(m.Request); // the previous attempt's request was disposed and cleared
            m.Request = new HttpRequestMessage();
            requests.Add(m.Request);
            if (attempt < 3)
                throw Failure(attempt == 1 ? 503 : 429);
            m.Result = new ApiResponse(200, default);
            return ValueTask.CompletedTask;
        });

        Assert.Equal(3, message.Attempts);
        Assert.Equal(3, message.Budget!.Attempts);
        Assert.Equal(200, message.Result.StatusCode);
        Assert.Null(message.Request);
    }

    [Fact]
    public async Task A_start_answered_with_503_is_never_sent_again_by_the_pipeline()
    {
        var policy = new RetryPolicy(QuickRetry(), TimeProvider.System);
        var message = new ApiMessage(Post(), CancellationToken.None);
        var failure = Failure(503);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, message, (_, _) => throw failure));

        Assert.Same(failure, thrown);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public async Task A_start_whose_connection_provably_never_left_is_sent_again()
    {
        var policy = new RetryPolicy(QuickRetry(), TimeProvider.System);
        var message = new ApiMessage(Post(), CancellationToken.None);

        await RunAsync(policy, message, (m, attempt) =>
        {
            if (attempt == 1)
                throw new KognitosApiException("refused", KognitosFailureKind.Network, "POST", "/v2/runs", requestMayHaveBeenProcessed: false);
            m.Result = new ApiResponse(201, default);
            return ValueTask.CompletedTask;
        });

        Assert.Equal(2, message.Attempts);
    }

    [Fact]
    public async Task A_call_of_its_own_gives_up_after_MaxRetries_and_says_how_many_attempts_it_made()
    {
        var policy = new RetryPolicy(QuickRetry(maxRetries: 2), TimeProvider.System);
        var message = new ApiMessage(Get(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, message, (_, _) => throw Failure(503)));

        Assert.Equal(3, message.Attempts);
        Assert.Equal(503, thrown.StatusCode);
        Assert.Contains("(3 attempts over", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("Retry.MaxRetries is 2", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_step_budget_is_shared_and_its_failure_is_left_for_the_step_to_report()
    {
        var budget = new RetryBudget(QuickRetry(maxRetries: 1), TimeProvider.System);
        budget.Attempted(); // the step already spent one attempt
        var policy = new RetryPolicy(QuickRetry(maxRetries: 5), TimeProvider.System);
        var message = new ApiMessage(Get() with { Budget = budget }, CancellationToken.None);
        var failure = Failure(503);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, message, (_, _) => throw failure));

        Assert.Same(failure, thrown);
        Assert.Equal(1, message.Attempts);
        Assert.Equal(2, budget.Attempts);
    }

    [Fact]
    public async Task A_permanent_failure_surfaces_at_once()
    {
        var policy = new RetryPolicy(QuickRetry(), TimeProvider.System);
        var message = new ApiMessage(Get(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(policy, message, (_, _) => throw Failure(404)));

        Assert.Equal(404, thrown.StatusCode);
        Assert.Equal(1, message.Attempts);
    }

    [Fact]
    public async Task Cancelling_during_the_backoff_stops_the_call()
    {
        var retry = QuickRetry();
        retry.BaseDelay = TimeSpan.FromHours(1);
        retry.MaxDelay = TimeSpan.FromHours(1);
        var policy = new RetryPolicy(retry, TimeProvider.System);
        using var cancellation = new CancellationTokenSource();
        var message = new ApiMessage(Get(), cancellation.Token);

        var call = RunAsync(policy, message, (_, _) =>
        {
            cancellation.Cancel();
            throw Failure(503);
        }).AsTask();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.Equal(1, message.Attempts);
    }
}
