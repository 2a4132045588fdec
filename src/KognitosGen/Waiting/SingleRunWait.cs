using System;
using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Timing;
using KognitosGen.Transport;

namespace KognitosGen.Waiting;

/// <summary>
/// One wait on one run: its own looks (<c>GET /v2/runs/{run_id}</c>) at growing, jittered intervals, its deadline,
/// riding out looks that fail transiently, and its turn in the process's shared polling loop when waits coalesce.
/// </summary>
internal sealed class SingleRunWait
{
    private readonly RunEndpoints _runs;
    private readonly RunWatchRegistry _watches;
    private readonly TimeProvider _time;
    private readonly KognitosPollingOptions _settings;
    private readonly string _runId;
    private readonly Activity? _activity;
    private TimeSpan _interval;
    private int _polls;
    private CancellationToken _deadline;

    // The failure of the latest look when it failed transiently; a look that succeeds clears it.
    private KognitosApiException? _lastFailure;

    private SingleRunWait(RunEndpoints runs, RunWatchRegistry watches, TimeProvider time, KognitosPollingOptions settings, string runId, Activity? activity)
    {
        _runs = runs;
        _watches = watches;
        _time = time;
        _settings = settings;
        _runId = runId;
        _activity = activity;
        _interval = settings.InitialInterval;
    }

    /// <summary>
    /// Waits for <paramref name="runId"/> to finish; <paramref name="known"/> is the run as its caller holds it, or
    /// null. <paramref name="settings"/> are the wait's polling settings, already validated, and not changed.
    /// </summary>
    public static Task<KognitosRun> WaitAsync(
        RunEndpoints runs, RunWatchRegistry watches, TimeProvider time, KognitosPollingOptions settings,
        string runId, KognitosRun? known, CancellationToken cancellationToken)
    {
        // Nobody listens: no activity to end, so no async state of its own to hold while the run waits.
        return KognitosTelemetry.Source.HasListeners()
            ? TracedAsync(runs, watches, time, settings, runId, known, cancellationToken)
            : new SingleRunWait(runs, watches, time, settings, runId, activity: null).RunAsync(known, cancellationToken);
    }

    // The activity starts inside this async method, so it is the caller's current activity only while the wait runs.
    private static async Task<KognitosRun> TracedAsync(
        RunEndpoints runs, RunWatchRegistry watches, TimeProvider time, KognitosPollingOptions settings,
        string runId, KognitosRun? known, CancellationToken cancellationToken)
    {
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.wait", ActivityKind.Internal);
        activity?.SetTag("kognitos.run_id", runId);
        return await new SingleRunWait(runs, watches, time, settings, runId, activity).RunAsync(known, cancellationToken).ConfigureAwait(false);
    }

    private async Task<KognitosRun> RunAsync(KognitosRun? known, CancellationToken cancellationToken)
    {
        var settings = _settings;
        var unlimited = settings.Timeout == Timeout.InfiniteTimeSpan;
        // One token source for the deadline, which the caller's token cancels too (a linked source over a timeout's
        // source held two sources and a registration more per waiting run, about 220 bytes).
        using var deadline = unlimited ? null : TimeProviderWaits.CancelAfter(_time, settings.Timeout);
        using var callerStops = deadline is not null && cancellationToken.CanBeCanceled
            ? cancellationToken.Register(static source => ((CancellationTokenSource)source!).Cancel(), deadline)
            : default;
        _deadline = deadline?.Token ?? cancellationToken;

        var started = _time.GetTimestamp();
        KognitosRun? last = null;
        RunWaiter? shared = null;

        try
        {
            // A held run that is already over is read again: the holder may not have its outputs.
            var looked = known is null || known.IsTerminal;
            if (looked)
            {
                // Until a first look succeeds the run's process is unknown: the wait looks on its own, at its intervals.
                while ((last = await LookAsync().ConfigureAwait(false)) is null)
                {
                    await TimeProviderWaits.Delay(_time, Backoff.Jittered(_interval, settings.Jitter), _deadline).ConfigureAwait(false);
                    _interval = PollingSchedule.Grow(_interval, settings);
                }

                if (_activity is not null)
                    RunTelemetry.StatusChanged(_activity, last, _polls);
                if (last.IsTerminal)
                    return Finished(last);
            }
            else
            {
                last = known!;
            }

            if (settings.CoalesceWaits && WatchedProcess.Of(last) is { } process)
            {
                shared = new RunWaiter(last, settings, _time.GetUtcNow(), looked, _activity, _polls);
                var outcome = await _watches.WaitAsync(process, shared, _deadline).ConfigureAwait(false);
                _polls += shared.Looks;
                last = shared.LastSeen;
                shared = null;
                if (outcome.Failure is { } failure)
                    ExceptionDispatchInfo.Capture(failure).Throw();
                if (outcome.Finished is { } finished)
                {
                    if (outcome.ReadAlone || finished.CarriesOutputs)
                        return Finished(finished);
                    // The list left the outputs out: one GET for the run as it ended (polled on from here if it fails).
                    if (await LookAsync().ConfigureAwait(false) is { } read)
                    {
                        last = read;
                        if (last.IsTerminal)
                            return Finished(last);
                    }
                }

                // Not in the pages the loop reads (or the GET disagrees): polled on its own from here.
                _activity?.SetTag("kognitos.wait.own_polling", true);
            }

            while (true)
            {
                var previous = last;
                if (await LookAsync().ConfigureAwait(false) is { } read)
                {
                    last = read;
                    if (_activity is not null && !string.Equals(previous?.StatusText, last.StatusText, StringComparison.Ordinal))
                        RunTelemetry.StatusChanged(_activity, last, _polls);
                    if (last.IsTerminal)
                        return Finished(last);
                }

                var delay = Backoff.Jittered(_interval, settings.Jitter);
                if (!unlimited)
                {
                    var remaining = settings.Timeout - _time.GetElapsedTime(started);
                    if (remaining <= TimeSpan.Zero)
                        throw new KognitosWaitTimeoutException(last, settings.Timeout, _lastFailure);
                    if (delay > remaining)
                        delay = remaining;
                }

                await TimeProviderWaits.Delay(_time, delay, _deadline).ConfigureAwait(false);
                _interval = PollingSchedule.Grow(_interval, settings);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The overall deadline fired mid-call or mid-delay.
            var lastFailure = shared?.LastFailure ?? _lastFailure;
            last = shared?.LastSeen ?? last;
            throw new KognitosWaitTimeoutException(last ?? new KognitosRun { Id = _runId, StatusText = "(not yet read)" }, settings.Timeout, lastFailure);
        }
    }

    // One look at the run; null when it failed in a way a later look may not (429, 502, 503, 504, a timeout, a lost
    // connection): a wait is a read, and rides that out until its own deadline.
    private async Task<KognitosRun?> LookAsync()
    {
        try
        {
            var run = await _runs.GetAsync(_runId, _deadline).ConfigureAwait(false);
            _polls++;
            _lastFailure = null;
            return run;
        }
        catch (KognitosApiException failure) when (TransientFailure.Is(failure))
        {
            _lastFailure = failure;
            _activity?.AddEvent(new ActivityEvent("kognitos.wait.look_failed", tags: new ActivityTagsCollection { { "error.type", KognitosTelemetry.ErrorType(failure) } }));
            return null;
        }
    }

    private KognitosRun Finished(KognitosRun run)
    {
        _activity?.SetTag("kognitos.run_status", run.StatusText);
        _activity?.SetTag("kognitos.polls", _polls);
        return run;
    }
}
