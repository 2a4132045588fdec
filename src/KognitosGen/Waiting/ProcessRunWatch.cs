using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.RunList;
using KognitosGen.Timing;
using KognitosGen.Transport;

namespace KognitosGen.Waiting;

/// <summary>
/// One polling loop for every wait on runs of one process: when the earliest wait wants a look it lists the process's
/// runs and updates every waiter from that one answer (with a single waiter it reads that run alone, exactly as a wait
/// always polled). A look that fails transiently ends no wait: each looks again at its next interval, within its own
/// deadline. It runs while it has waiters and stops, its request in flight cancelled, when the last one leaves.
/// </summary>
internal sealed class ProcessRunWatch
{
    private readonly object _gate = new();
    private readonly List<RunWaiter> _waiters = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly WatchedProcess _process;
    private readonly RunEndpoints _runs;
    private readonly TimeProvider _time;
    private readonly Action<ProcessRunWatch> _retired;
    private CancellationTokenSource? _sleep;
    private DateTimeOffset _plannedLook = DateTimeOffset.MaxValue;
    private bool _started;
    private bool _stopped;

    public ProcessRunWatch(
        WatchedProcess process,
        RunEndpoints runs,
        TimeProvider time,
        Action<ProcessRunWatch> retired)
    {
        _process = process;
        _runs = runs;
        _time = time;
        _retired = retired;
    }

    public WatchedProcess Process => _process;

    /// <summary>How many waiters the loop holds now.</summary>
    public int Waiters
    {
        get
        {
            lock (_gate)
                return _waiters.Count;
        }
    }

    /// <summary>Adds a waiter; false when the loop has already stopped (its last waiter left), so a new one is needed.</summary>
    public bool TryAdd(RunWaiter waiter)
    {
        CancellationTokenSource? wake = null;
        bool start;
        lock (_gate)
        {
            if (_stopped)
                return false;
            if (_waiters.Count == 0 && waiter.LookAtOnceIfAlone)
                waiter.LookAt(_time.GetUtcNow());
            waiter.Slot = _waiters.Count;
            _waiters.Add(waiter);
            start = !_started;
            _started = true;
            if (waiter.NextLook < _plannedLook)
                wake = _sleep;
        }

        if (start)
            _ = Task.Run(LoopAsync);
        else if (wake is not null)
            _ = Task.Run(() => Wake(wake)); // never inline: the caller holds the registry's lock
        return true;
    }

    /// <summary>Takes a waiter out (its wait was cancelled or timed out); the loop stops with the last one.</summary>
    public void Remove(RunWaiter waiter)
    {
        lock (_gate)
        {
            if (!Take(waiter) || _waiters.Count > 0)
                return;
            _stopped = true;
        }

        Stop();
    }

    private async Task LoopAsync()
    {
        try
        {
            while (true)
            {
                TimeSpan delay;
                CancellationTokenSource sleep;
                lock (_gate)
                {
                    if (_stopped)
                        return;
                    var first = _waiters[0];
                    foreach (var waiter in _waiters)
                    {
                        if (waiter.NextLook < first.NextLook)
                            first = waiter;
                    }

                    _plannedLook = first.NextLook;
                    delay = Backoff.Jittered(first.NextLook - _time.GetUtcNow(), first.Jitter);
                    _sleep = sleep = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
                }

                try
                {
                    if (delay > TimeSpan.Zero)
                        await TimeProviderWaits.Delay(_time, delay, sleep.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // Woken because a new waiter wants a look sooner (the plan is made again), or stopped.
                    continue;
                }
                finally
                {
                    lock (_gate)
                    {
                        _sleep = null;
                        _plannedLook = DateTimeOffset.MaxValue;
                    }

                    sleep.Dispose();
                }

                await LookAsync().ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception unexpected)
        {
            // A bug must not leave waits hanging: each gets the failure, wrapped as the client reports failures.
            FailAll(new KognitosApiException($"Waiting on runs of process {_process.ProcessId} failed: {unexpected.Message}",
                KognitosFailureKind.InvalidResponse, "GET", "/v2/runs", innerException: unexpected));
        }
    }

    private async Task LookAsync()
    {
        RunWaiter[] batch;
        lock (_gate)
        {
            if (_stopped)
                return;
            batch = _waiters.ToArray();
        }

        if (batch.Length == 1)
        {
            await LookAloneAsync(batch[0]).ConfigureAwait(false);
            return;
        }

        Dictionary<string, KognitosRun> listed;
        try
        {
            var target = new WaitedRunsTarget(batch);
            var query = new KognitosRunQuery(_process.AgentId, _process.ProcessId) { Stage = _process.Stage, PageSize = WaitedRunsTarget.PageSize };
            await RunListSearch.SearchAsync(_runs, query, target, _stop.Token).ConfigureAwait(false);
            listed = target.Found;
        }
        catch (KognitosApiException failure) when (TransientFailure.Is(failure))
        {
            // A read that a later look may not meet (a throttling storm, say): every wait it served looks again at its
            // next interval, until its own deadline.
            Missed(batch, failure);
            return;
        }
        catch (KognitosApiException failure)
        {
            // The list failed for good (401, 403, a response it cannot read): every wait it served ends with that.
            foreach (var waiter in batch)
                Finish(waiter, RunWatchOutcome.ListFailed(failure));
            return;
        }

        var now = _time.GetUtcNow();
        foreach (var waiter in batch)
        {
            if (!listed.TryGetValue(waiter.RunId, out var run))
                Finish(waiter, RunWatchOutcome.Missing);
            else if (run.IsTerminal)
            {
                // A listed run's body is a slice of its page: the caller keeps the run, so it gets a copy with its own bytes.
                Finish(waiter, RunWatchOutcome.Terminal(run.Detached(), readAlone: false));
            }
            else
            {
                lock (_gate)
                    waiter.Saw(run, now);
            }
        }
    }

    /// <summary>One wait on the process: its run alone, with <c>GET /v2/runs/{run_id}</c>, cheaper than a page of 100.</summary>
    private async Task LookAloneAsync(RunWaiter waiter)
    {
        KognitosRun run;
        try
        {
            run = await _runs.GetAsync(waiter.RunId, _stop.Token).ConfigureAwait(false);
        }
        catch (KognitosApiException failure) when (TransientFailure.Is(failure))
        {
            Missed([waiter], failure);
            return;
        }
        catch (KognitosApiException failure)
        {
            Finish(waiter, RunWatchOutcome.ListFailed(failure));
            return;
        }

        if (run.IsTerminal)
        {
            Finish(waiter, RunWatchOutcome.Terminal(run, readAlone: true));
            return;
        }

        var now = _time.GetUtcNow();
        lock (_gate)
            waiter.Saw(run, now);
    }

    private void Missed(RunWaiter[] batch, KognitosApiException failure)
    {
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            foreach (var waiter in batch)
                waiter.Missed(failure, now);
        }
    }

    private void Finish(RunWaiter waiter, RunWatchOutcome outcome)
    {
        bool last;
        lock (_gate)
        {
            if (!Take(waiter))
                return;
            last = _waiters.Count == 0;
            if (last)
                _stopped = true;
        }

        waiter.Finish(outcome);
        if (last)
            Stop();
    }

    // Takes a waiter out of the list in O(1): the last one moves into its place (the loop keeps no order among its
    // waiters). False when it is not in the list (it left already). Under the lock.
    private bool Take(RunWaiter waiter)
    {
        var slot = waiter.Slot;
        if (slot < 0 || slot >= _waiters.Count || !ReferenceEquals(_waiters[slot], waiter))
            return false;
        var last = _waiters.Count - 1;
        if (slot != last)
        {
            var moved = _waiters[last];
            _waiters[slot] = moved;
            moved.Slot = slot;
        }

        _waiters.RemoveAt(last);
        waiter.Slot = -1;
        return true;
    }

    private void FailAll(KognitosApiException failure)
    {
        RunWaiter[] all;
        lock (_gate)
        {
            all = _waiters.ToArray();
            foreach (var waiter in all)
                waiter.Slot = -1;
            _waiters.Clear();
            _stopped = true;
        }

        foreach (var waiter in all)
            waiter.Finish(RunWatchOutcome.ListFailed(failure));
        Stop();
    }

    private void Stop()
    {
        _retired(this);
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static void Wake(CancellationTokenSource sleep)
    {
        try
        {
            sleep.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The loop woke on its own meanwhile and will plan again.
        }
    }
}
