namespace KognitosGen;

/// <summary>Which runs <c>GET /v2/runs</c> lists.</summary>
public sealed class KognitosRunQuery
{
    /// <summary>Lists the runs of one process of one agent.</summary>
    /// <param name="agentId">The agent that holds the process.</param>
    /// <param name="processId">The process whose runs to list.</param>
    public KognitosRunQuery(string agentId, string processId)
    {
        AgentId = agentId;
        ProcessId = processId;
    }

    /// <summary>The agent that holds the process.</summary>
    public string AgentId { get; }

    /// <summary>The process whose runs to list.</summary>
    public string ProcessId { get; }

    /// <summary>Only runs of this stage; both stages when null.</summary>
    public KognitosStage? Stage { get; init; }

    /// <summary>Items per page, 1 to 100; the server's default (10) when null.</summary>
    public int? PageSize { get; init; }
}
