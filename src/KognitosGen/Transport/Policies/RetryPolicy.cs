using System;
using System.Diagnostics;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Timing;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// Sends the call again after a failure its <see cref="ResendRule"/> allows re-sending, within the call's
/// <see cref="RetryBudget"/> (a step's, shared with the step's own re-sends, or one of its own), waiting the server's
/// Retry-After or the backoff. Each attempt's request and answer are disposed when the attempt ends.
/// </summary>
internal sealed class RetryPolicy : TransportPolicy
{
    private readonly KognitosRetryOptions _retry;
    private readonly TimeProvider _time;

    public RetryPolicy(KognitosRetryOptions retry, TimeProvider time)
    {
        _retry = retry;
        _time = time;
    }

    public override async ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next)
    {
        var budget = message.Call.Budget ?? new RetryBudget(_retry, _time);
        message.Budget = budget;
        while (true)
        {
            KognitosApiException failure;
            message.Attempts++;
            budget.Attempted();
            try
            {
                await ProcessNextAsync(message, next).ConfigureAwait(false);
                return;
            }
            catch (KognitosApiException exception)
            {
                failure = exception;
            }
            finally
            {
                message.EndAttempt();
            }

            var delay = RetryDelay(message.Call, failure, budget);
            if (delay is null)
            {
                // A step's budget is reported by the step, once, with all of its attempts.
                if (message.Call.Budget is null && message.Attempts > 1)
                    throw budget.GaveUp(failure);
                throw failure;
            }

            message.Activity?.AddEvent(new ActivityEvent("kognitos.retry", tags: new ActivityTagsCollection { { "error.type", KognitosTelemetry.ErrorType(failure) } }));
            KognitosMetrics.Retried(message.Call.Operation, message.Call.Method.Method, failure);
            await TimeProviderWaits.Delay(_time, delay.Value, message.CancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The wait before re-sending, or null when the failure must surface.</summary>
    internal static TimeSpan? RetryDelay(ApiCall call, KognitosApiException failure, RetryBudget budget)
    {
        var resendable = failure.Kind switch
        {
            KognitosFailureKind.HttpError => call.Resend == ResendRule.Idempotent && StatusMeaning.IsTransient(failure.StatusCode),
            // A refusal: nothing was started, so even a run start may be sent again once runs finish.
            KognitosFailureKind.ConcurrencyLimit => true,
            KognitosFailureKind.Network or KognitosFailureKind.Timeout =>
                call.Resend == ResendRule.Idempotent || !failure.RequestMayHaveBeenProcessed,
            _ => false,
        };
        return resendable ? budget.DelayAfter(failure) : null;
    }
}
