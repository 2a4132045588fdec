using System;

namespace KognitosGen.RunStart;

/// <summary>What finding a typed start's run needs: where to list, the token, and when the start was first sent.</summary>
internal sealed class StartLookup
{
    public StartLookup(string agentId, string processId, KognitosStage stage, string token, DateTimeOffset startedAt, long sentAt)
    {
        AgentId = agentId;
        ProcessId = processId;
        Stage = stage;
        Token = token;
        StartedAt = startedAt;
        SentAt = sentAt;
        Key = RecentStarts.KeyOf(agentId, processId, stage);
    }

    public string AgentId { get; }
    public string ProcessId { get; }
    public KognitosStage Stage { get; }
    public string Token { get; }

    /// <summary>When the start was first sent, by this machine's clock (compared with created_at).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The same moment as a timestamp of the client's <see cref="System.TimeProvider"/> (compared with other starts').</summary>
    public long SentAt { get; }

    /// <summary>The process and stage, as <see cref="RecentStarts"/> keys them.</summary>
    public string Key { get; }
}
