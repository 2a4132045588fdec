using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;

namespace KognitosGen.Waiting;

/// <summary>
/// One wait on one run inside a shared polling loop: the wait's own polling schedule (when it wants its next look),
/// the run as last seen, and how the wait ends. It lives exactly as long as the wait.
/// </summary>
internal sealed class RunWaiter
{
    private readonly TaskCompletionSource<RunWatchOutcome> _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly KognitosPollingOptions _polling;
    private TimeSpan _interval;
    private readonly Activity? _activity;
    private readonly int _pollsBefore;
    private KognitosRun _lastSeen;
    private KognitosApiException? _lastFailure;
    private int _looks;

    // The loop and the token that take the waiter out when the token fires; the registration is released when the
    // waiter finishes (under the completion source's lock: it may finish while it registers).
    private ProcessRunWatch? _watch;
    private CancellationToken _cancelledBy;
    private CancellationTokenRegistration _cancellation;

    // Where the waiter is in its loop's list (so it leaves in O(1)); -1 when in none. Under the loop's lock.
    internal int Slot { get; set; } = -1;

    /// <param name="run">The run as the caller last saw it (from its start or a first GET).</param>
    /// <param name="polling">The wait's polling settings.</param>
    /// <param name="now">When that look was.</param>
    /// <param name="looked">False when <paramref name="run"/> is only what a start returned: a wait alone on its process
    /// then looks at once, as a wait always did; true when the caller has just read it.</param>
    /// <param name="activity">The wait's activity, which gets an event for each status the loop sees first; null when nobody listens.</param>
    /// <param name="pollsBefore">The wait's own looks before it joined the loop, so events count every look.</param>
    public RunWaiter(KognitosRun run, KognitosPollingOptions polling, DateTimeOffset now, bool looked, Activity? activity = null, int pollsBefore = 0)
    {
        _activity = activity;
        _pollsBefore = pollsBefore;
        LookAtOnceIfAlone = !looked;
        _lastSeen = run;
        _polling = polling;
        _interval = polling.InitialInterval;
        NextLook = now + _interval;
        _interval = PollingSchedule.Grow(_interval, polling);
        RunId = run.Id;
        CreatedAt = run.CreatedAt;
    }

    public string RunId { get; }

    /// <summary>Whether this wait wants its first look at once when it is the only wait on its process.</summary>
    public bool LookAtOnceIfAlone { get; }

    /// <summary>When the run was created, to know how far back the list must be read; null when unknown.</summary>
    public DateTimeOffset? CreatedAt { get; }

    /// <summary>When this wait wants its next look, by its own schedule. Read and written under the loop's lock.</summary>
    public DateTimeOffset NextLook { get; private set; }

    /// <summary>The jitter share the wait asked for.</summary>
    public double Jitter => _polling.Jitter;

    /// <summary>The run as last seen (for the timeout's report).</summary>
    public KognitosRun LastSeen => Volatile.Read(ref _lastSeen);

    /// <summary>The failure of the latest look when it failed transiently; null once a look succeeds.</summary>
    public KognitosApiException? LastFailure => Volatile.Read(ref _lastFailure);

    /// <summary>How many list answers showed this run.</summary>
    public int Looks => Volatile.Read(ref _looks);

    public Task<RunWatchOutcome> Outcome => _outcome.Task;

    /// <summary>Brings the next look forward to <paramref name="now"/>. Under the loop's lock.</summary>
    public void LookAt(DateTimeOffset now) => NextLook = now;

    /// <summary>Records a look at the run, still running: the next one is due one (growing) interval later. Under the loop's lock.</summary>
    public void Saw(KognitosRun run, DateTimeOffset now)
    {
        Record(run);
        NextLook = now + _interval;
        _interval = PollingSchedule.Grow(_interval, _polling);
    }

    /// <summary>
    /// Records a look that failed transiently: the wait looks again one (growing) interval later, as after a look that
    /// saw the run still running. Under the loop's lock.
    /// </summary>
    public void Missed(KognitosApiException failure, DateTimeOffset now)
    {
        Volatile.Write(ref _lastFailure, failure);
        NextLook = now + _interval;
        _interval = PollingSchedule.Grow(_interval, _polling);
    }

    /// <summary>
    /// Lets <paramref name="cancellationToken"/> take this waiter out of <paramref name="watch"/> and end it cancelled;
    /// the registration goes when the waiter finishes. Called once, after the waiter joined <paramref name="watch"/>.
    /// </summary>
    public void LeaveOnCancellation(ProcessRunWatch watch, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled)
            return;
        _watch = watch;
        _cancelledBy = cancellationToken;
        var registration = cancellationToken.Register(static state => ((RunWaiter)state!).Cancelled(), this);
        lock (_outcome)
        {
            if (!_outcome.Task.IsCompleted)
            {
                _cancellation = registration;
                return;
            }
        }

        // Finished (or cancelled) while registering.
        registration.Dispose();
    }

    public void Finish(RunWatchOutcome outcome)
    {
        if (outcome.Finished is { } run)
            Record(run);

        _outcome.TrySetResult(outcome);
        CancellationTokenRegistration registration;
        lock (_outcome)
        {
            registration = _cancellation;
            _cancellation = default;
        }

        registration.Dispose();
    }

    private void Cancelled()
    {
        _watch?.Remove(this);
        _outcome.TrySetCanceled(_cancelledBy);
    }

    // A look at the run: counted, kept, and a status not seen before is an event on the wait's activity.
    private void Record(KognitosRun run)
    {
        Volatile.Write(ref _lastFailure, null);
        var previous = Volatile.Read(ref _lastSeen);
        Volatile.Write(ref _lastSeen, run);
        var looks = Interlocked.Increment(ref _looks);
        if (_activity is not null && !string.Equals(previous.StatusText, run.StatusText, StringComparison.Ordinal))
            RunTelemetry.StatusChanged(_activity, run, _pollsBefore + looks);
    }
}
