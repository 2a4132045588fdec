using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Transport.Policies;

namespace KognitosGen.Transport;

/// <summary>
/// Sends one <see cref="ApiCall"/> through the client's policies, in the order <see cref="Create"/> lists them, and
/// returns its successful answer; every failure is a <see cref="KognitosApiException"/> (or the caller's cancellation).
/// </summary>
internal sealed class RequestPipeline
{
    private readonly TransportPolicy[] _policies;
    private readonly RequestThrottle _throttle;

    /// <param name="policies">The policies, outermost first; the last one sends.</param>
    /// <param name="throttle">The throttle among them, for the client to report on.</param>
    internal RequestPipeline(TransportPolicy[] policies, RequestThrottle throttle)
    {
        _policies = policies;
        _throttle = throttle;
    }

    /// <summary>How many attempts the throttle lets through at once now.</summary>
    public int ThrottleLimit => _throttle.Limit;

    /// <summary>Whether every attempt now waits out a pause the server asked for.</summary>
    public bool ThrottlePaused => _throttle.Paused;

    /// <summary>The client's pipeline: the one place where the order of its concerns is written.</summary>
    /// <param name="http">What sends the requests, with whatever handlers its owner added.</param>
    /// <param name="options">Timeout, size cap, throttle and retry settings.</param>
    /// <param name="apiKey">The key, only to be cut out of the messages of handlers' exceptions quoted in errors.</param>
    public static RequestPipeline Create(HttpClient http, KognitosClientOptions options, string apiKey)
    {
        var time = options.TimeProvider;
        var throttle = new RequestThrottle(options.MaxConcurrentRequests, time);
        return new RequestPipeline(
            [
                new TelemetryPolicy(time),                               // one activity and duration per call, retries included
                new RetryPolicy(options.Retry, time),                    // attempts within the call's (or step's) budget
                new ThrottlePolicy(throttle, options.Retry),             // each attempt through the client's throttle
                new AttemptTimeoutPolicy(options.RequestTimeout, time),  // each attempt, headers and body, within the timeout
                new ErrorMappingPolicy(apiKey, time),                    // whatever the attempt meets, as a KognitosApiException
                new SizeCapPolicy(options.MaxResponseBytes),             // the body read whole, within the cap
                new HttpSendPolicy(http, time),                          // the request built, marked for the guard, and sent
            ],
            throttle);
    }

    public async Task<ApiResponse> SendAsync(ApiCall call, CancellationToken cancellationToken)
    {
        var message = new ApiMessage(call, cancellationToken);
        await _policies[0].ProcessAsync(message, _policies.AsMemory(1)).ConfigureAwait(false);
        return message.Result;
    }
}
