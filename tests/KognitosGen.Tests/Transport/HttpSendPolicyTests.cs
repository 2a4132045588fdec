using System.Net.Http;
using KognitosGen.Tests.Infrastructure;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;

namespace KognitosGen.Tests.Transport;

/// <summary>The sending policy alone, against the loopback server: it marks each request for the send-once guard.</summary>
public sealed class HttpSendPolicyTests
{
    [Theory]
    [InlineData("GET", false)]
    [InlineData("POST", true)]
    public async Task Each_attempt_is_a_fresh_request_marked_for_the_guard_as_safe_or_unsafe_to_repeat(string method, bool sendOnce)
    {
        await using var server = await LoopbackServer.StartAsync(context => Responses.Json(context, Responses.Run("r1", "Running")));
        using var http = new HttpClient();
        var httpMethod = new HttpMethod(method);
        var call = new ApiCall("op", httpMethod, "/v2/runs", sendOnce ? ResendRule.OnlyIfNotSent : ResendRule.Idempotent,
            () => new HttpRequestMessage(httpMethod, new Uri(server.BaseAddress, "v2/runs")));
        var policy = new HttpSendPolicy(http, TimeProvider.System);
        var message = new ApiMessage(call, CancellationToken.None);

        await policy.ProcessAsync(message, ReadOnlyMemory<TransportPolicy>.Empty);

        Assert.Equal(200, (int)message.Response!.StatusCode);
        Assert.Same(message.RequestAttempts, RequestAttempts.Of(message.Request!));
        Assert.Equal(sendOnce, message.RequestAttempts!.SendOnce);
        Assert.Equal(1, server.Count);
        message.EndAttempt();
        Assert.Null(message.Response);
    }
}
