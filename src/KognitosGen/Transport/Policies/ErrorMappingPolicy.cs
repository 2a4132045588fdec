using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using KognitosGen.Wire;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// Turns whatever an attempt meets into a <see cref="KognitosApiException"/> that says whether the request may have
/// been processed: an error status (its ErrorModel read), a connection lost before or after the headers, a re-send
/// the send-once guard refused, and anything a handler of the HttpClient pipeline throws (its message quoted with the
/// API key cut out). A success becomes the call's <see cref="ApiMessage.Result"/>.
/// </summary>
internal sealed class ErrorMappingPolicy : TransportPolicy
{
    private readonly string _apiKey;
    private readonly TimeProvider _time;

    /// <param name="apiKey">The key, only to be cut out of the messages of handlers' exceptions quoted in errors.</param>
    /// <param name="time">Reads Retry-After dates.</param>
    public ErrorMappingPolicy(string apiKey, TimeProvider time)
    {
        _apiKey = apiKey;
        _time = time;
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        var call = message.Call;
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (Exception exception) when (message.Response is not null && exception is IOException or HttpRequestException)
        {
            // The headers arrived, so the server had the request; the body was lost on the way.
            throw NoResponse(call, exception, requestMayHaveBeenProcessed: true);
        }
        catch (HttpRequestException exception) when (message.Response is null)
        {
            // A handler's retry may have sent an earlier attempt that reached the server before this one failed to connect.
            var attempts = message.RequestAttempts;
            throw NoResponse(call, exception, requestMayHaveBeenProcessed: attempts is null || attempts.MayHaveReachedServer || !NetworkFailure.ProvesNotSent(exception));
        }
        catch (KognitosResendRefusedException refusal) when (message.Response is null && message.RequestAttempts is { } attempts)
        {
            throw Refused(call, attempts, refusal);
        }
        catch (Exception exception) when (message.Response is null && exception is not (KognitosApiException or OperationCanceledException or ObjectDisposedException))
        {
            // Whatever else a handler throws (an open circuit, a timeout or rate-limiter policy, a handler's own bug);
            // a disposed client stays the usage error .NET reports. Without the guard in the pipeline nobody knows
            // whether an attempt went out, so it may have.
            var attempts = message.RequestAttempts;
            throw HandlerFailed(call, exception, requestMayHaveBeenProcessed: attempts is null || !attempts.Observed || attempts.MayHaveReachedServer);
        }

        var response = message.Response!;
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode && call.ReadsErrorAnswer?.Invoke(status, message.Body) != true)
            throw HttpError(call, response, message.Body, _time);
        message.Result = new ApiResponse(status, message.Body);
    }

    private static KognitosApiException HttpError(ApiCall call, HttpResponseMessage response, ReadOnlyMemory<byte> body, TimeProvider time)
    {
        var status = (int)response.StatusCode;
        var raw = BodyText.Decode(body);
        var error = ErrorBodyParser.TryParse(body.Span, status);
        var said = error is { Message.Length: > 0 } ? error.Message : BodyText.Snippet(raw);
        var atLimit = StatusMeaning.IsConcurrencyLimit(status, error?.Message, raw);
        var meaning = atLimit
            ? " (the documented answer at the organization's limit of concurrent runs: nothing was started, and the start is safe to send again once runs finish)"
            : "";
        return new KognitosApiException(
            $"Kognitos API {call.Method} {call.Path} failed with HTTP {status} ({ReasonOf(response)}): {said}{meaning}",
            atLimit ? KognitosFailureKind.ConcurrencyLimit : KognitosFailureKind.HttpError, call.Method.Method, call.Path, status, raw, error, RetryAfterHeader.Read(response, time),
            requestMayHaveBeenProcessed: StatusMeaning.MayHaveActed(status));
    }

    private static string ReasonOf(HttpResponseMessage response) =>
        string.IsNullOrEmpty(response.ReasonPhrase) ? ((HttpStatusCode)response.StatusCode).ToString() : response.ReasonPhrase!;

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
