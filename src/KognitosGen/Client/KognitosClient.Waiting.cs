using System;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Timing;
using KognitosGen.Transport;
using KognitosGen.Validation;
using KognitosGen.Waiting;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// Polls a run until it is Succeeded, Failed, Cancelled or TimedOut, and returns it in that state (it does
    /// not throw for a failed run; see <see cref="KognitosRun.EnsureSucceeded"/>). Delays grow exponentially with
    /// jitter. A status this client does not know counts as still running. A look that fails transiently (429, 502,
    /// 503, 504, a timeout, a lost connection, after the read's own retries) is ridden out: the wait looks again at its
    /// next interval until <see cref="KognitosPollingOptions.Timeout"/>. The first look is a
    /// <c>GET /v2/runs/{run_id}</c>; after it, concurrent waits on runs of one process share one polling loop
    /// (see <see cref="KognitosPollingOptions.CoalesceWaits"/>).
    /// </summary>
    /// <param name="runId">The run ID.</param>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops waiting; the run itself goes on.</param>
    /// <exception cref="KognitosWaitTimeoutException">The run was not finished within <see cref="KognitosPollingOptions.Timeout"/>;
    /// when the latest look failed (a 429, 502, 503, 504, a timeout or a lost connection, which the wait rides out), that
    /// failure is the inner exception.</exception>
    /// <exception cref="KognitosApiException">A look failed for good: 401, 403, 404, a 500, a response that cannot be read.</exception>
    public Task<KognitosRun> WaitForCompletionAsync(string runId, KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(runId, nameof(runId));
        return WaitAsync(runId, null, polling, cancellationToken);
    }

    /// <summary>
    /// Waits for a run this caller already holds (from <see cref="CreateRunAsync"/> or a listing) until it is
    /// Succeeded, Failed, Cancelled or TimedOut, as <see cref="WaitForCompletionAsync(string, KognitosPollingOptions?, CancellationToken)"/>
    /// does; <paramref name="run"/> counts as the first look, so waits on many runs of one process go straight into
    /// their shared polling loop.
    /// </summary>
    /// <param name="run">The run as last read.</param>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops waiting; the run itself goes on.</param>
    /// <exception cref="KognitosWaitTimeoutException">The run was not finished within <see cref="KognitosPollingOptions.Timeout"/>;
    /// when the latest look failed transiently, that failure is the inner exception.</exception>
    /// <exception cref="KognitosApiException">A look failed for good: 401, 403, 404, a 500, a response that cannot be read.</exception>
    public Task<KognitosRun> WaitForCompletionAsync(KognitosRun run, KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotNull(run, nameof(run));
        RequiredArgument.NotEmpty(run.Id, "run.Id");
        return WaitAsync(run.Id, run, polling, cancellationToken);
    }

    private async Task<KognitosRun> WaitAsync(string runId, KognitosRun? known, KognitosPollingOptions? polling, CancellationToken cancellationToken)
    {
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
        RunWaiter? shared = null;
        // The failure of the latest look when it failed transiently; a look that succeeds clears it.
        KognitosApiException? lastFailure = null;

        // One look at the run; null when it failed in a way a later look may not (429, 502, 503, 504, a timeout, a lost
        // connection): a wait is a read, and rides that out until its own deadline.
        async Task<KognitosRun?> LookAsync()
        {
            try
            {
                var run = await GetRunAsync(runId, deadline.Token).ConfigureAwait(false);
                polls++;
                lastFailure = null;
                return run;
            }
            catch (KognitosApiException failure) when (TransientFailure.Is(failure))
            {
                lastFailure = failure;
                activity?.AddEvent(new ActivityEvent("kognitos.wait.look_failed", tags: new ActivityTagsCollection { { "error.type", KognitosTelemetry.ErrorType(failure) } }));
                return null;
            }
        }

        try
        {
            // A held run that is already over is read again: the holder may not have its outputs.
            var looked = known is null || known.IsTerminal;
            if (looked)
            {
                // Until a first look succeeds the run's process is unknown: the wait looks on its own, at its intervals.
                while ((last = await LookAsync().ConfigureAwait(false)) is null)
                {
                    await TimeProviderWaits.Delay(time, Backoff.Jittered(interval, settings.Jitter), deadline.Token).ConfigureAwait(false);
                    interval = PollingSchedule.Grow(interval, settings);
                }

                if (activity is not null)
                    RunTelemetry.StatusChanged(activity, last, polls);
                if (last.IsTerminal)
                    return Finished(activity, last, polls);
            }
            else
            {
                last = known!;
            }

            if (settings.CoalesceWaits && WatchedProcess.Of(last) is { } process)
            {
                shared = new RunWaiter(last, settings, time.GetUtcNow(), looked, activity, polls);
                var outcome = await _runWatches.WaitAsync(process, shared, deadline.Token).ConfigureAwait(false);
                polls += shared.Looks;
                last = shared.LastSeen;
                shared = null;
                if (outcome.Failure is { } failure)
                    ExceptionDispatchInfo.Capture(failure).Throw();
                if (outcome.Finished is { } finished)
                {
                    if (outcome.ReadAlone || finished.CarriesOutputs)
                        return Finished(activity, finished, polls);
                    // The list left the outputs out: one GET for the run as it ended (polled on from here if it fails).
                    if (await LookAsync().ConfigureAwait(false) is { } read)
                    {
                        last = read;
                        if (last.IsTerminal)
                            return Finished(activity, last, polls);
                    }
                }

                // Not in the pages the loop reads (or the GET disagrees): polled on its own from here.
                activity?.SetTag("kognitos.wait.own_polling", true);
            }

            while (true)
            {
                var previous = last;
                if (await LookAsync().ConfigureAwait(false) is { } read)
                {
                    last = read;
                    if (activity is not null && !string.Equals(previous?.StatusText, last.StatusText, StringComparison.Ordinal))
                        RunTelemetry.StatusChanged(activity, last, polls);
                    if (last.IsTerminal)
                        return Finished(activity, last, polls);
                }

                var delay = Backoff.Jittered(interval, settings.Jitter);
                if (!unlimited)
                {
                    var remaining = settings.Timeout - time.GetElapsedTime(started);
                    if (remaining <= TimeSpan.Zero)
                        throw new KognitosWaitTimeoutException(last, settings.Timeout, lastFailure);
                    if (delay > remaining)
                        delay = remaining;
                }

                await TimeProviderWaits.Delay(time, delay, deadline.Token).ConfigureAwait(false);
                interval = PollingSchedule.Grow(interval, settings);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The overall deadline fired mid-call or mid-delay.
            lastFailure = shared?.LastFailure ?? lastFailure;
            last = shared?.LastSeen ?? last;
            throw new KognitosWaitTimeoutException(last ?? new KognitosRun { Id = runId, StatusText = "(not yet read)" }, settings.Timeout, lastFailure);
        }
    }

    private static KognitosRun Finished(Activity? activity, KognitosRun run, int polls)
    {
        activity?.SetTag("kognitos.run_status", run.StatusText);
        activity?.SetTag("kognitos.polls", polls);
        return run;
    }
}
