using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Timing;

namespace KognitosGen.Transport;

/// <summary>
/// One client's throttle towards its host: every attempt of every call passes it. Each 429 or 503 halves the number
/// of attempts it lets through at once, whichever request got it; each answer that is not one lets a fraction of one
/// more through (additive increase, multiplicative decrease), never above
/// <see cref="KognitosClientOptions.MaxConcurrentRequests"/>. When the server still throttles an attempt sent while
/// only one went at a time, every attempt of the client waits the pause the server asked for.
/// </summary>
internal sealed class RequestThrottle
{
    private readonly object _gate = new();
    private readonly LinkedList<TaskCompletionSource<bool>> _queue = new();
    private readonly TimeProvider _time;
    private readonly int _maxInFlight;
    private double _limit;
    private int _inFlight;
    private DateTimeOffset _resumeAt = DateTimeOffset.MinValue;

    public RequestThrottle(int maxInFlight, TimeProvider time)
    {
        _maxInFlight = maxInFlight;
        _limit = maxInFlight;
        _time = time;
    }

    /// <summary>How many attempts may be in flight now (for tests and traces).</summary>
    public int Limit
    {
        get
        {
            lock (_gate)
                return Allowed;
        }
    }

    /// <summary>Whether every attempt now waits out a pause the server asked for.</summary>
    public bool Paused
    {
        get
        {
            lock (_gate)
                return _resumeAt > _time.GetUtcNow();
        }
    }

    private int Allowed => Math.Max(1, (int)_limit);

    /// <summary>Waits out a pause the server asked for, then for a free slot; each success must be matched by one <see cref="Exit"/>.</summary>
    public async Task EnterAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_gate)
                wait = _resumeAt - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
                break;
            await TimeProviderWaits.Delay(_time, wait, cancellationToken).ConfigureAwait(false);
        }

        TaskCompletionSource<bool> slot;
        LinkedListNode<TaskCompletionSource<bool>> node;
        lock (_gate)
        {
            if (_inFlight < Allowed && _queue.Count == 0)
            {
                _inFlight++;
                return;
            }

            slot = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
            node = _queue.AddLast(slot);
        }

        using (cancellationToken.Register(() => Abandon(node, cancellationToken)))
            await slot.Task.ConfigureAwait(false);
    }

    /// <summary>
    /// Frees the slot of an attempt. <paramref name="pause"/> is non-null when the server throttled it: the limit is
    /// halved, and when it already was one, every attempt waits that long (the longest pause asked for wins).
    /// </summary>
    public void Exit(TimeSpan? pause)
    {
        var granted = new List<TaskCompletionSource<bool>>();
        lock (_gate)
        {
            _inFlight--;
            if (pause is { } wait)
            {
                // Sporadic throttling only narrows the way; throttling of a client down to one request at a time means
                // the server wants a rest from this client, so all of it waits.
                if (Allowed == 1)
                {
                    var resume = _time.GetUtcNow() + wait;
                    if (resume > _resumeAt)
                        _resumeAt = resume;
                }

                _limit = Math.Max(1, _limit / 2);
            }
            else
            {
                _limit = Math.Min(_maxInFlight, _limit + 1 / _limit);
            }

            while (_queue.Count > 0 && _inFlight < Allowed)
            {
                granted.Add(_queue.First!.Value);
                _queue.RemoveFirst();
                _inFlight++;
            }
        }

        foreach (var slot in granted)
            slot.TrySetResult(true);
    }

    private void Abandon(LinkedListNode<TaskCompletionSource<bool>> node, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            // Granted already: the waiter owns a slot and gives it back through Exit.
            if (node.List is null)
                return;
            _queue.Remove(node);
        }

        node.Value.TrySetCanceled(cancellationToken);
    }
}
