using System;
using System.Collections.Concurrent;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>Thread-safe store of runs: by ID for lookups, per process in creation order for listing.</summary>
internal sealed class RunStore
{
    private readonly ConcurrentDictionary<string, StoredRun> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<StoredRun>> _byProcess = new(StringComparer.Ordinal);
    private readonly List<StoredRun> _all = [];
    private readonly object _gate = new();
    private readonly RunRetention? _retention;
    private long _sequence;

    /// <param name="retention">When terminal runs are forgotten; null keeps every run.</param>
    public RunStore(RunRetention? retention = null)
    {
        _retention = retention;
    }

    /// <summary>A run ID no stored run has (IDs are random, so one taken later by another start is vanishingly unlikely).</summary>
    public string NewId()
    {
        string id;
        do
            id = IdGenerator.NewId();
        while (_byId.ContainsKey(id));
        return id;
    }

    /// <summary>Stores a run under <paramref name="id"/>; <paramref name="create"/> gets its sequence number.</summary>
    public StoredRun Add(string id, Func<long, StoredRun> create)
    {
        // Sequence and list position are assigned under one lock so each list stays sorted by sequence.
        lock (_gate)
        {
            if (_byId.ContainsKey(id))
                throw new InvalidOperationException($"Run ID '{id}' is taken.");
            var run = create(++_sequence);
            _byId[id] = run;
            var key = ProcessKey(run.AgentId, run.ProcessId);
            if (!_byProcess.TryGetValue(key, out var list))
                _byProcess[key] = list = [];
            list.Add(run);
            _all.Add(run);
            if (_retention?.SweepDue() == true)
                ForgetExpired();
            return run;
        }
    }

    /// <summary>How many runs of <paramref name="agentId"/> are not in a terminal status at <paramref name="now"/>.</summary>
    public int UnfinishedRunsOf(string agentId, DateTimeOffset now)
    {
        lock (_gate)
        {
            var count = 0;
            foreach (var run in _all)
            {
                if (run.AgentId == agentId && !StoredRun.IsTerminal(run.StatusAt(now)))
                    count++;
            }

            return count;
        }
    }

    /// <summary>Every run, in creation order (a snapshot).</summary>
    public IReadOnlyList<StoredRun> All()
    {
        lock (_gate)
            return _all.ToArray();
    }

    public bool TryGet(string id, out StoredRun run) => _byId.TryGetValue(id, out run!);

    /// <summary>
    /// Runs of one process in <paramref name="order"/>, past <paramref name="afterSequence"/> (the last run of the
    /// previous page) when given; runs created after <paramref name="listedUpTo"/> are not listed yet.
    /// </summary>
    public RunPage Page(string agentId, string processId, string? stage, long? afterSequence, int limit,
        RunListOrder order, DateTimeOffset listedUpTo)
    {
        lock (_gate)
        {
            if (!_byProcess.TryGetValue(ProcessKey(agentId, processId), out var list))
                return new RunPage([], null);

            var newestFirst = order == RunListOrder.NewestFirst;
            var items = new List<StoredRun>(Math.Min(limit, list.Count));
            for (var n = 0; n < list.Count; n++)
            {
                var run = list[newestFirst ? list.Count - 1 - n : n];
                if (afterSequence is { } after && (newestFirst ? run.Sequence >= after : run.Sequence <= after))
                    continue;
                if (stage is not null && run.Stage != stage)
                    continue;
                if (run.CreatedAt > listedUpTo)
                    continue;
                if (items.Count == limit)
                    return new RunPage(items, items[^1].Sequence);
                items.Add(run);
            }

            return new RunPage(items, null);
        }
    }

    // Under _gate. Pages are positions in sequence order, so dropping runs never invalidates a continuation token.
    private void ForgetExpired()
    {
        bool Expired(StoredRun run) => _retention!.Expired(run.CreatedAt + run.Schedule.Duration);
        if (_all.RemoveAll(Expired) == 0)
            return;
        foreach (var list in _byProcess.Values)
            list.RemoveAll(Expired);
        foreach (var pair in _byId)
        {
            if (Expired(pair.Value))
                _byId.TryRemove(pair.Key, out _);
        }
    }

    private static string ProcessKey(string agentId, string processId) => agentId + "/" + processId;
}
