using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// Polls a run until it is Succeeded, Failed, Cancelled or TimedOut, and returns it in that state (it does
    /// not throw for a failed run; see <see cref="KognitosRun.EnsureSucceeded"/>). Delays grow exponentially with
    /// jitter. A status this client does not know counts as still running.
    /// </summary>
    /// <param name="runId">The run ID.</param>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops waiting; the run itself goes on.</param>
    /// <exception cref="KognitosWaitTimeoutException">The run was not finished within <see cref="KognitosPollingOptions.Timeout"/>.</exception>
    public async Task<KognitosRun> WaitForCompletionAsync(string runId, KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(runId, nameof(runId));
        var settings = polling?.Clone() ?? _options.Polling;
        settings.Validate();

        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.wait", ActivityKind.Internal);
        activity?.SetTag("kognitos.run_id", runId);

        var time = _options.TimeProvider;
        var unlimited = settings.Timeout == Timeout.InfiniteTimeSpan;
        using var timeout = unlimited ? null : TimeProviderWaits.CancelAfter(time, settings.Timeout);
        using var deadline = timeout is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);

        var started = time.GetTimestamp();
        var interval = settings.InitialInterval;
        KognitosRun? last = null;
        var polls = 0;
        try
        {
            while (true)
            {
                var previous = last;
                last = await GetRunAsync(runId, deadline.Token).ConfigureAwait(false);
                polls++;
                if (activity is not null && !string.Equals(previous?.StatusText, last.StatusText, StringComparison.Ordinal))
                    RunTelemetry.StatusChanged(activity, last, polls);
                if (last.IsTerminal)
                {
                    activity?.SetTag("kognitos.run_status", last.StatusText);
                    activity?.SetTag("kognitos.polls", polls);
                    return last;
                }

                var delay = Backoff.Jittered(interval, settings.Jitter);
                if (!unlimited)
                {
                    var remaining = settings.Timeout - time.GetElapsedTime(started);
                    if (remaining <= TimeSpan.Zero)
                        throw new KognitosWaitTimeoutException(last, settings.Timeout);
                    if (delay > remaining)
                        delay = remaining;
                }

                await TimeProviderWaits.Delay(time, delay, deadline.Token).ConfigureAwait(false);
                interval = Grow(interval, settings);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The overall deadline fired mid-call or mid-delay.
            throw new KognitosWaitTimeoutException(last ?? new KognitosRun { Id = runId, StatusText = "(not yet read)" }, settings.Timeout);
        }
    }

    private static TimeSpan Grow(TimeSpan interval, KognitosPollingOptions settings)
    {
        var next = TimeSpan.FromMilliseconds(Math.Max(1, interval.TotalMilliseconds) * settings.Multiplier);
        return next > settings.MaxInterval ? settings.MaxInterval : next;
    }
}
