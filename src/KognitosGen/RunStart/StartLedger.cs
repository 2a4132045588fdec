using System;
using System.Collections.Generic;

namespace KognitosGen.RunStart;

/// <summary>
/// The run starts this client saw answered lately, per process and stage, with when each was sent and answered
/// (timestamp of the client's <see cref="System.TimeProvider"/>s). They witness how current the run list is: a run answered
/// long enough ago that is still not listed shows the list lagging more than the client's bound.
/// </summary>
internal sealed class StartLedger
{
    private const int Capacity = 256;
    private readonly Entry[] _entries = new Entry[Capacity];
    private readonly object _gate = new();
    private int _next;

    public static string KeyOf(string agentId, string processId, KognitosStage stage) =>
        agentId + "/" + processId + "/" + (stage == KognitosStage.Draft ? "Draft" : "Published");

    public void Add(string key, string runId, long sentAt, long answeredAt)
    {
        lock (_gate)
        {
            _entries[_next] = new Entry(key, runId, sentAt, answeredAt);
            _next = (_next + 1) % Capacity;
        }
    }

    /// <summary>Runs of <paramref name="key"/> sent after <paramref name="sentAfter"/> and answered by <paramref name="answeredBy"/>.</summary>
    public List<string> Witnesses(string key, long sentAfter, long answeredBy)
    {
        var witnesses = new List<string>();
        lock (_gate)
        {
            foreach (var entry in _entries)
            {
                if (entry.Key == key && entry.SentAt > sentAfter && entry.AnsweredAt <= answeredBy)
                    witnesses.Add(entry.RunId);
            }
        }

        return witnesses;
    }

    private readonly struct Entry
    {
        public Entry(string key, string runId, long sentAt, long answeredAt)
        {
            Key = key;
            RunId = runId;
            SentAt = sentAt;
            AnsweredAt = answeredAt;
        }

        public string? Key { get; }
        public string RunId { get; }
        public long SentAt { get; }
        public long AnsweredAt { get; }
    }
}
