using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen;

/// <summary>
/// Sends one <see cref="ApiCall"/>: per-attempt timeout, size-capped body, error mapping, bounded retries under
/// the call's <see cref="ResendRule"/>, and one activity around it all. Each request carries a
/// <see cref="RequestAttempts"/> for <see cref="KognitosSendOnceHandler"/>, and whatever the HttpClient's handlers
/// throw is mapped too, so every failure is a <see cref="KognitosApiException"/>.
/// </summary>
internal sealed class HttpPipeline
{
    private readonly HttpClient _http;
    private readonly TimeSpan _requestTimeout;
    private readonly int _maxResponseBytes;
    private readonly KognitosRetryOptions _retry;
    private readonly string _apiKey;
    private readonly TimeProvider _time;
    private readonly RequestThrottle _throttle;

    /// <param name="http">What sends the requests, with whatever handlers its owner added.</param>
    /// <param name="options">Timeout, size cap and retry settings.</param>
    /// <param name="apiKey">The key, only to be cut out of the messages of handlers' exceptions quoted in errors.</param>
    public HttpPipeline(HttpClient http, KognitosClientOptions options, string apiKey)
    {
        _http = http;
        _apiKey = apiKey;
        _requestTimeout = options.RequestTimeout;
        _maxResponseBytes = options.MaxResponseBytes;
        _retry = options.Retry;
        _time = options.TimeProvider;
        _throttle = new RequestThrottle(options.MaxConcurrentRequests, options.TimeProvider);
    }

    /// <summary>How many attempts the throttle lets through at once now.</summary>
    public int ThrottleLimit => _throttle.Limit;

    /// <summary>Whether every attempt now waits out a pause the server asked for.</summary>
    public bool ThrottlePaused => _throttle.Paused;

    public async Task<ApiResponse> SendAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using var activity = KognitosTelemetry.Source.StartActivity(call.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", call.Method.Method);
        activity?.SetTag("url.path", call.Path);
        if (call.ResourceTag is { } tag)
            activity?.SetTag(tag.Tag, tag.Value);

        var startedAt = Stopwatch.GetTimestamp();
        var budget = call.Budget ?? new RetryBudget(_retry, _time);
        for (var attempt = 0; ; attempt++)
        {
            await _throttle.EnterAsync(cancellationToken).ConfigureAwait(false);
            budget.Attempted();
            try
            {
                ApiResponse response;
                try
                {
                    response = await SendOnceAsync(call, cancellationToken).ConfigureAwait(false);
                }
                catch (KognitosApiException failure)
                {
                    _throttle.Exit(ThrottlePause(failure));
                    throw;
                }
                catch
                {
                    _throttle.Exit(null);
                    throw;
                }

                _throttle.Exit(null);
                activity?.SetTag("http.response.status_code", response.StatusCode);
                activity?.SetTag("kognitos.attempts", attempt + 1);
                KognitosMetrics.OperationEnded(call, startedAt, response.StatusCode, errorType: null);
                return response;
            }
            catch (KognitosApiException failure)
            {
                var delay = RetryDelay(call, failure, budget);
                if (delay is null)
                {
                    activity?.SetTag("kognitos.attempts", attempt + 1);
                    if (failure.StatusCode != 0)
                        activity?.SetTag("http.response.status_code", failure.StatusCode);
                    activity?.SetTag("error.type", KognitosTelemetry.ErrorType(failure));
                    activity?.SetStatus(ActivityStatusCode.Error, failure.Kind.ToString());
                    KognitosMetrics.OperationEnded(call, startedAt, failure.StatusCode, KognitosTelemetry.ErrorType(failure));
                    // A step's budget is reported by the step, once, with all of its attempts.
                    if (call.Budget is null && attempt > 0)
                        throw budget.GaveUp(failure);
                    throw;
                }

                activity?.AddEvent(new ActivityEvent("kognitos.retry", tags: new ActivityTagsCollection { { "error.type", KognitosTelemetry.ErrorType(failure) } }));
                KognitosMetrics.Retried(call.Operation, call.Method.Method, failure);
                await TimeProviderWaits.Delay(_time, delay.Value, cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException cancelled) when (KognitosMetrics.Cancelled(call, startedAt, cancelled))
            {
                // Never reached: the filter records the cancelled call's duration and lets the exception go on.
                throw;
            }
        }
    }

    /// <summary>The wait before re-sending, or null when the failure must surface.</summary>
    private static TimeSpan? RetryDelay(ApiCall call, KognitosApiException failure, RetryBudget budget)
    {
        var resendable = failure.Kind switch
        {
            KognitosFailureKind.HttpError => call.Resend == ResendRule.Idempotent && StatusMeaning.IsTransient(failure.StatusCode),
            KognitosFailureKind.Network or KognitosFailureKind.Timeout =>
                call.Resend == ResendRule.Idempotent || !failure.RequestMayHaveBeenProcessed,
            _ => false,
        };
        return resendable ? budget.DelayAfter(failure) : null;
    }

    /// <summary>
    /// How long every request of this client pauses after <paramref name="failure"/>: the server's Retry-After (up to
    /// <see cref="KognitosRetryOptions.MaxRetryAfter"/>) after a 429 or 503, else the base backoff; null when it did not throttle.
    /// </summary>
    private TimeSpan? ThrottlePause(KognitosApiException failure)
    {
        if (failure.Kind != KognitosFailureKind.HttpError || failure.StatusCode is not (429 or 503))
            return null;
        var pause = failure.RetryAfter ?? _retry.BaseDelay;
        return pause > _retry.MaxRetryAfter ? _retry.MaxRetryAfter : pause;
    }

    private async Task<ApiResponse> SendOnceAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using var expiry = _requestTimeout == Timeout.InfiniteTimeSpan ? null : TimeProviderWaits.CancelAfter(_time, _requestTimeout);
        using var timeout = expiry is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, expiry.Token);

        using var request = call.CreateRequest();
        var attempts = RequestAttempts.AttachTo(request, sendOnce: call.Resend == ResendRule.OnlyIfNotSent, _time);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(call);
        }
        catch (HttpRequestException exception)
        {
            // A handler's retry may have sent an earlier attempt that reached the server before this one failed to connect.
            throw NoResponse(call, exception, requestMayHaveBeenProcessed: attempts.MayHaveReachedServer || !NetworkFailure.ProvesNotSent(exception));
        }
        catch (KognitosResendRefusedException refusal)
        {
            throw Refused(call, attempts, refusal);
        }
        catch (Exception exception) when (exception is not (OperationCanceledException or ObjectDisposedException))
        {
            // Whatever else a handler throws (an open circuit, a timeout or rate-limiter policy, a handler's own bug);
            // a disposed client stays the usage error .NET reports. Without the guard in the pipeline nobody knows
            // whether an attempt went out, so it may have.
            throw HandlerFailed(call, exception, requestMayHaveBeenProcessed: !attempts.Observed || attempts.MayHaveReachedServer);
        }

        using (response)
        {
            ReadOnlyMemory<byte>? body;
            try
            {
                body = await ResponseBodyReader.ReadAsync(response.Content, _maxResponseBytes, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw TimedOut(call);
            }
            catch (Exception exception) when (exception is IOException or HttpRequestException)
            {
                throw NoResponse(call, exception, requestMayHaveBeenProcessed: true);
            }

            var status = (int)response.StatusCode;
            if (body is null)
            {
                throw new KognitosApiException(
                    $"Kognitos API {call.Method} {call.Path} returned HTTP {status} with a body larger than the {_maxResponseBytes}-byte limit (KognitosClientOptions.MaxResponseBytes).",
                    KognitosFailureKind.ResponseTooLarge, call.Method.Method, call.Path, status,
                    requestMayHaveBeenProcessed: StatusMeaning.MayHaveActed(status));
            }

            if (response.IsSuccessStatusCode)
                return new ApiResponse(status, body.Value);
            throw HttpError(call, response, body.Value, _time);
        }
    }

    private static KognitosApiException HttpError(ApiCall call, HttpResponseMessage response, ReadOnlyMemory<byte> body, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        var raw = BodyText.Decode(body);
        var error = ErrorBodyParser.TryParse(body.Span, status);
        var said = error is { Message.Length: > 0 } ? error.Message : BodyText.Snippet(raw);
        return new KognitosApiException(
            $"Kognitos API {call.Method} {call.Path} failed with HTTP {status} ({ReasonOf(response)}): {said}",
            KognitosFailureKind.HttpError, call.Method.Method, call.Path, status, raw, error, RetryAfterHeader.Read(response, time),
            requestMayHaveBeenProcessed: StatusMeaning.MayHaveActed(status));
    }

    private static string ReasonOf(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? ((HttpStatusCode)response.StatusCode).ToString() : response.ReasonPhrase!;

    private KognitosApiException TimedOut(ApiCall call) => new(
        $"Kognitos API {call.Method} {call.Path} timed out after {_requestTimeout.TotalSeconds:0.###} s (KognitosClientOptions.RequestTimeout).",
        KognitosFailureKind.Timeout, call.Method.Method, call.Path, innerException: new TimeoutException());

    /// <summary>
    /// A handler tried to repeat a call that is not safe to repeat and the guard refused: the call fails as its first
    /// attempt did, so the client treats it exactly as it would without that handler (a run start looks the run up).
    /// </summary>
    private static KognitosApiException Refused(ApiCall call, RequestAttempts attempts, KognitosResendRefusedException refusal)
    {
        const string Repeat = "a handler in the HttpClient pipeline then tried to send it again, which KognitosGen refuses for calls that are not safe to repeat";
        var first = attempts.FirstOutcome();
        if (first is { Known: true, Failure: null } && (first.Status < 200 || first.Status > 299))
        {
            return new KognitosApiException(
                $"Kognitos API {call.Method} {call.Path} failed with HTTP {first.Status} ({(HttpStatusCode)first.Status}); {Repeat} (the answer's body was discarded by that handler).",
                KognitosFailureKind.HttpError, call.Method.Method, call.Path, first.Status, retryAfter: first.RetryAfter,
                requestMayHaveBeenProcessed: StatusMeaning.MayHaveActed(first.Status), innerException: refusal);
        }

        var what = !first.Known ? "was still in flight"
            : first.Failure is null ? $"was answered with HTTP {first.Status}, an answer a handler discarded"
            : first.Failure is OperationCanceledException ? "was cancelled by a handler before an answer arrived"
            : "got no answer";
        return new KognitosApiException(
            $"Kognitos API {call.Method} {call.Path} failed without a response: its first attempt {what}, and {Repeat}.",
            first.Failure is OperationCanceledException ? KognitosFailureKind.Timeout : KognitosFailureKind.Network,
            call.Method.Method, call.Path, innerException: refusal);
    }

    private KognitosApiException HandlerFailed(ApiCall call, Exception exception, bool requestMayHaveBeenProcessed) => new(
        $"Kognitos API {call.Method} {call.Path} failed in a handler of the HttpClient pipeline before an answer reached the client: " +
        $"{exception.GetType().FullName}: {Redacted(exception.Message)}",
        KognitosFailureKind.Handler, call.Method.Method, call.Path,
        requestMayHaveBeenProcessed: requestMayHaveBeenProcessed, innerException: exception);

    // A handler is the caller's code: its message is quoted, but never with the key in it.
    private string Redacted(string message) =>
        message.IndexOf(_apiKey, StringComparison.Ordinal) < 0 ? message : message.Replace(_apiKey, "[redacted]");

    private static KognitosApiException NoResponse(ApiCall call, Exception exception, bool requestMayHaveBeenProcessed) => new(
        $"Kognitos API {call.Method} {call.Path} failed without a response: {exception.Message}",
        KognitosFailureKind.Network, call.Method.Method, call.Path,
        requestMayHaveBeenProcessed: requestMayHaveBeenProcessed, innerException: exception);
}
