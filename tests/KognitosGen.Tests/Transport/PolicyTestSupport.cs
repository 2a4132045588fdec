using System.Net;
using System.Net.Http;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;

namespace KognitosGen.Tests.Transport;

/// <summary>Runs one policy alone, in front of a scripted stand-in for the policies after it.</summary>
internal static class PolicyTestSupport
{
    public static ApiCall Get(string path = "/v2/runs/r1") =>
        new("kognitos.runs.get", HttpMethod.Get, path, ResendRule.Idempotent, () => new HttpRequestMessage(HttpMethod.Get, "http://127.0.0.1" + path));

    public static ApiCall Post(string path = "/v2/runs") =>
        new("kognitos.runs.create", HttpMethod.Post, path, ResendRule.OnlyIfNotSent, () => new HttpRequestMessage(HttpMethod.Post, "http://127.0.0.1" + path));

    public static ValueTask RunAsync(TransportPolicy policy, ApiMessage message, Func<ApiMessage, int, ValueTask> next)
    {
        var attempt = 0;
        TransportPolicy[] rest = [new ScriptedPolicy(m => next(m, ++attempt))];
        return policy.ProcessAsync(message, rest);
    }

    public static KognitosApiException Failure(int status, TimeSpan? retryAfter = null) =>
        new($"failed with HTTP {status}", KognitosFailureKind.HttpError, "GET", "/v2/runs/r1", status, retryAfter: retryAfter,
            requestMayHaveBeenProcessed: status is not (429 or 503));

    public static HttpResponseMessage Answer(HttpStatusCode status, string body, string? reason = null) => new(status)
    {
        Content = new StringContent(body),
        ReasonPhrase = reason,
    };

    public static KognitosRetryOptions QuickRetry(int maxRetries = 3) => new()
    {
        MaxRetries = maxRetries,
        BaseDelay = TimeSpan.FromMilliseconds(1),
        MaxDelay = TimeSpan.FromMilliseconds(2),
        MaxRetryAfter = TimeSpan.FromSeconds(5),
    };

    private sealed class ScriptedPolicy(Func<ApiMessage, ValueTask> script) : TransportPolicy
    {
        public override ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next) => script(message);
    }
}
