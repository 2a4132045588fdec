using System;

namespace KognitosGen.RunStart;

/// <summary>A start whose run name carries a token, as finding its run needs it: where to list, the token, and when it was first sent.</summary>
internal sealed class TokenedStart
{
    public TokenedStart(string agentId, string processId, KognitosStage stage, string token, DateTimeOffset startedAt, long sentAt)
    {
        AgentId = agentId;
        ProcessId = processId;
        Stage = stage;
        Token = token;
        StartedAt = startedAt;
        SentAt = sentAt;
        Key = StartLedger.KeyOf(agentId, processId, stage);
    }

    public string AgentId { get; }
    public string ProcessId { get; }
    public KognitosStage Stage { get; }
    public string Token { get; }

    /// <summary>When the start was first sent, by this machine's clock (compared with created_at).</summary>
    public DateTimeOffset StartedAt { get; }

    /// <summary>The same moment as a timestamp of the client's <see cref="System.TimeProvider"/> (compared with other starts').</summary>
    public long SentAt { get; }

    /// <summary>The process and stage, as <see cref="StartLedger"/> keys them.</summary>
    public string Key { get; }
}
