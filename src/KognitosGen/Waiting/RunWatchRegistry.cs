using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Transport;

namespace KognitosGen.Waiting;

/// <summary>A client's shared polling loops, one per process that has runs being waited on; empty when nothing waits.</summary>
internal sealed class RunWatchRegistry
{
    private readonly object _gate = new();
    private readonly Dictionary<WatchedProcess, ProcessRunWatch> _watches = new();
    private readonly RunEndpoints _runs;
    private readonly TimeProvider _time;

    public RunWatchRegistry(
        RunEndpoints runs,
        TimeProvider time)
    {
        _runs = runs;
        _time = time;
    }

    /// <summary>How many loops run now (one per process waited on).</summary>
    public int ActiveWatches
    {
        get
        {
            lock (_gate)
                return _watches.Count;
        }
    }

    /// <summary>How many waits the loops hold now, all processes together.</summary>
    public int Waiters
    {
        get
        {
            lock (_gate)
                return _watches.Values.Sum(watch => watch.Waiters);
        }
    }

    /// <summary>Waits, through the loop of <paramref name="process"/>, until the loop lets go of <paramref name="waiter"/>.</summary>
    /// <remarks>
    /// The waiter's own outcome is the task (no state machine of its own): of 10,000 waits, each held one more async
    /// state, a closure and a delegate for the cancellation (about 270 bytes), now its one registration.
    /// </remarks>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> fired; the waiter has left the loop.</exception>
    public Task<RunWatchOutcome> WaitAsync(WatchedProcess process, RunWaiter waiter, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<RunWatchOutcome>(cancellationToken);
        var watch = Join(process, waiter);
        waiter.LeaveOnCancellation(watch, cancellationToken);
        return waiter.Outcome;
    }

    private ProcessRunWatch Join(WatchedProcess process, RunWaiter waiter)
    {
        lock (_gate)
        {
            if (_watches.TryGetValue(process, out var watch) && watch.TryAdd(waiter))
                return watch;
            watch = new ProcessRunWatch(process, _runs, _time, Retire);
            _watches[process] = watch;
            watch.TryAdd(waiter);
            return watch;
        }
    }

    private void Retire(ProcessRunWatch watch)
    {
        lock (_gate)
        {
            if (_watches.TryGetValue(watch.Process, out var current) && ReferenceEquals(current, watch))
                _watches.Remove(watch.Process);
        }
    }
}
