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
/// the call's <see cref="ResendRule"/>, and one activity around it all.
/// </summary>
internal sealed class HttpPipeline
{
    private readonly HttpClient _http;
    private readonly TimeSpan _requestTimeout;
    private readonly int _maxResponseBytes;
    private readonly KognitosRetryOptions _retry;

    public HttpPipeline(HttpClient http, KognitosClientOptions options)
    {
        _http = http;
        _requestTimeout = options.RequestTimeout;
        _maxResponseBytes = options.MaxResponseBytes;
        _retry = options.Retry;
    }

    public async Task<ApiResponse> SendAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using var activity = KognitosTelemetry.Source.StartActivity(call.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", call.Method.Method);
        activity?.SetTag("url.path", call.Path);
        if (call.ResourceTag is { } tag)
            activity?.SetTag(tag.Tag, tag.Value);

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var response = await SendOnceAsync(call, cancellationToken).ConfigureAwait(false);
                activity?.SetTag("http.response.status_code", response.StatusCode);
                activity?.SetTag("kognitos.attempts", attempt + 1);
                return response;
            }
            catch (KognitosApiException failure)
            {
                var delay = RetryDelay(call, failure, attempt);
                if (delay is null)
                {
                    activity?.SetTag("kognitos.attempts", attempt + 1);
                    if (failure.StatusCode != 0)
                        activity?.SetTag("http.response.status_code", failure.StatusCode);
                    activity?.SetTag("error.type", KognitosTelemetry.ErrorType(failure));
                    activity?.SetStatus(ActivityStatusCode.Error, failure.Kind.ToString());
                    throw;
                }

                activity?.AddEvent(new ActivityEvent("kognitos.retry"));
                await Task.Delay(delay.Value, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The wait before re-sending, or null when the failure must surface.</summary>
    private TimeSpan? RetryDelay(ApiCall call, KognitosApiException failure, int attempt)
    {
        var resendable = failure.Kind switch
        {
            KognitosFailureKind.HttpError => call.Resend == ResendRule.Idempotent && IsTransientStatus(failure.StatusCode),
            KognitosFailureKind.Network or KognitosFailureKind.Timeout =>
                call.Resend == ResendRule.Idempotent || !failure.RequestMayHaveBeenProcessed,
            _ => false,
        };
        return resendable ? _retry.DelayAfter(failure, attempt) : null;
    }

    private static bool IsTransientStatus(int status) => status is 429 or 502 or 503 or 504;

    private async Task<ApiResponse> SendOnceAsync(ApiCall call, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (_requestTimeout != Timeout.InfiniteTimeSpan)
            timeout.CancelAfter(_requestTimeout);

        using var request = call.CreateRequest();
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
            throw NoResponse(call, exception, requestMayHaveBeenProcessed: !NetworkFailure.ProvesNotSent(exception));
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
                    KognitosFailureKind.ResponseTooLarge, call.Method.Method, call.Path, status);
            }

            if (response.IsSuccessStatusCode)
                return new ApiResponse(status, body.Value);
            throw HttpError(call, response, body.Value);
        }
    }

    private static KognitosApiException HttpError(ApiCall call, HttpResponseMessage response, ReadOnlyMemory<byte> body)
    {
        var status = (int)response.StatusCode;
        var raw = BodyText.Decode(body);
        var error = ErrorBodyParser.TryParse(body.Span, status);
        var said = error is { Message.Length: > 0 } ? error.Message : BodyText.Snippet(raw);
        return new KognitosApiException(
            $"Kognitos API {call.Method} {call.Path} failed with HTTP {status} ({ReasonOf(response)}): {said}",
            KognitosFailureKind.HttpError, call.Method.Method, call.Path, status, raw, error, RetryAfterHeader.Read(response));
    }

    private static string ReasonOf(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? ((HttpStatusCode)response.StatusCode).ToString() : response.ReasonPhrase!;

    private KognitosApiException TimedOut(ApiCall call) => new(
        $"Kognitos API {call.Method} {call.Path} timed out after {_requestTimeout.TotalSeconds:0.###} s (KognitosClientOptions.RequestTimeout).",
        KognitosFailureKind.Timeout, call.Method.Method, call.Path, innerException: new TimeoutException());

    private static KognitosApiException NoResponse(ApiCall call, Exception exception, bool requestMayHaveBeenProcessed) => new(
        $"Kognitos API {call.Method} {call.Path} failed without a response: {exception.Message}",
        KognitosFailureKind.Network, call.Method.Method, call.Path,
        requestMayHaveBeenProcessed: requestMayHaveBeenProcessed, innerException: exception);
}
