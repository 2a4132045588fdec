using System;
using System.Diagnostics;
using System.Threading.Tasks;
using KognitosGen.Telemetry;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// One activity and one duration measurement per call, retries included: tagged with the final status, the number
/// of attempts and, on failure, the error type.
/// </summary>
internal sealed class TelemetryPolicy : TransportPolicy
{
    private readonly TimeProvider _time;

    /// <param name="time">The client's clock, which measures the calls.</param>
    public TelemetryPolicy(TimeProvider time) => _time = time;

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        var call = message.Call;
        using var activity = KognitosTelemetry.Source.StartActivity(call.Operation, ActivityKind.Client);
        activity?.SetTag("http.request.method", call.Method.Method);
        activity?.SetTag("url.path", call.Path);
        if (call.ResourceTag is { } tag)
            activity?.SetTag(tag.Tag, tag.Value);
        message.Activity = activity;

        var startedAt = _time.GetTimestamp();
        try
        {
            await ProcessNextAsync(message, next).ConfigureAwait(false);
        }
        catch (KognitosApiException failure)
        {
            activity?.SetTag("kognitos.attempts", message.Attempts);
            if (failure.StatusCode != 0)
                activity?.SetTag("http.response.status_code", failure.StatusCode);
            activity?.SetTag("error.type", KognitosTelemetry.ErrorType(failure));
            activity?.SetStatus(ActivityStatusCode.Error, failure.Kind.ToString());
            KognitosMetrics.OperationEnded(call.Operation, call.Method.Method, _time.GetElapsedTime(startedAt), failure.StatusCode, KognitosTelemetry.ErrorType(failure));
            throw;
        }
        catch (OperationCanceledException cancelled) when (KognitosMetrics.Cancelled(call.Operation, call.Method.Method, _time.GetElapsedTime(startedAt), cancelled))
        {
            // Never reached: the filter records the cancelled call's duration and lets the exception go on.
            throw;
        }

        activity?.SetTag("http.response.status_code", message.Result.StatusCode);
        activity?.SetTag("kognitos.attempts", message.Attempts);
        KognitosMetrics.OperationEnded(call.Operation, call.Method.Method, _time.GetElapsedTime(startedAt), message.Result.StatusCode, errorType: null);
    }
}
