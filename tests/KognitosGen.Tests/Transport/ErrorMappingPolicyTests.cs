using System.Net;
using System.Net.Http;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Transport;

/// <summary>The error mapping alone: every way an attempt can end becomes a success or a KognitosApiException.</summary>
public sealed class ErrorMappingPolicyTests
{
    private const string ApiKey = "key-that-must-not-leak-7d2e";

    private static readonly ErrorMappingPolicy Policy = new(ApiKey, TimeProvider.System);

    [Fact]
    public async Task A_success_becomes_the_calls_result()
    {
        var message = new ApiMessage(Get(), CancellationToken.None);

        await RunAsync(Policy, message, (m, _) =>
        {
            m.Response = Answer(HttpStatusCode.Created, "{}");
            m.Body = new byte[] { (byte)'{', (byte)'}' };
            return ValueTask.CompletedTask;
        });

        Assert.Equal(201, message.Result.StatusCode);
        Assert.Equal(2, message.Result.Body.Length);
        message.EndAttempt();
    }

    [Fact]
    public async Task An_error_status_carries_the_ErrorModel_message_and_the_raw_body()
    {
        const string body = "{\"message\":\"run not found\",\"details\":null}";
        var message = new ApiMessage(Get(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(Policy, message, (m, _) =>
            {
                m.Response = Answer(HttpStatusCode.NotFound, body, reason: "Not Found");
                m.Body = System.Text.Encoding.UTF8.GetBytes(body);
                return ValueTask.CompletedTask;
            }));

        Assert.Equal(KognitosFailureKind.HttpError, thrown.Kind);
        Assert.Equal(404, thrown.StatusCode);
        Assert.Equal(body, thrown.RawBody);
        Assert.Equal("Kognitos API GET /v2/runs/r1 failed with HTTP 404 (Not Found): run not found", thrown.Message);
        message.EndAttempt();
    }

    [Fact]
    public async Task A_handlers_exception_is_quoted_without_the_api_key()
    {
        var message = new ApiMessage(Post(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(Policy, message, (_, _) => throw new InvalidOperationException("circuit open for " + ApiKey)));

        Assert.Equal(KognitosFailureKind.Handler, thrown.Kind);
        Assert.DoesNotContain(ApiKey, thrown.Message, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: circuit open for [redacted]", thrown.Message, StringComparison.Ordinal);
        Assert.True(thrown.RequestMayHaveBeenProcessed);
    }

    [Fact]
    public async Task A_connection_lost_after_the_headers_may_have_been_processed()
    {
        var message = new ApiMessage(Post(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(Policy, message, (m, _) =>
            {
                m.Response = Answer(HttpStatusCode.Created, "{");
                throw new IOException("connection reset");
            }));

        Assert.Equal(KognitosFailureKind.Network, thrown.Kind);
        Assert.True(thrown.RequestMayHaveBeenProcessed);
        Assert.Contains("failed without a response: connection reset", thrown.Message, StringComparison.Ordinal);
        message.EndAttempt();
    }

    [Fact]
    public async Task A_send_failure_is_a_network_failure_and_cancellation_is_left_alone()
    {
        var failure = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(Policy, new ApiMessage(Get(), CancellationToken.None), (_, _) => throw new HttpRequestException("no route")));
        Assert.Equal(KognitosFailureKind.Network, failure.Kind);
        Assert.IsType<HttpRequestException>(failure.InnerException);

        await Assert.ThrowsAsync<OperationCanceledException>(async () =>
            await RunAsync(Policy, new ApiMessage(Get(), CancellationToken.None), (_, _) => throw new OperationCanceledException()));
    }

    [Fact]
    public async Task A_refused_resend_fails_as_the_first_attempt_did()
    {
        var message = new ApiMessage(Post(), CancellationToken.None);

        var thrown = await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(Policy, message, (m, _) =>
            {
                var request = m.Call.CreateRequest();
                m.Request = request;
                m.RequestAttempts = RequestAttempts.AttachTo(request, sendOnce: true, TimeProvider.System);
                m.RequestAttempts.Begin(request);
                m.RequestAttempts.Answered(new HttpResponseMessage(HttpStatusCode.BadGateway));
                m.RequestAttempts.Begin(request); // a handler's second try
                return ValueTask.CompletedTask;
            }));

        Assert.Equal(KognitosFailureKind.HttpError, thrown.Kind);
        Assert.Equal(502, thrown.StatusCode);
        Assert.IsType<KognitosResendRefusedException>(thrown.InnerException);
        message.EndAttempt();
    }
}
