namespace KognitosGen;

/// <summary>A process as listed by <c>GET /v2/processes</c> and returned by <c>GET /v2/processes/{id}</c>.</summary>
public sealed class KognitosProcessInfo
{
    /// <summary>The process ID.</summary>
    public string Id { get; init; } = "";

    /// <summary>The process name, for example "to process the invoices".</summary>
    public string Name { get; init; } = "";

    /// <summary>The ID of the agent that holds the process.</summary>
    public string AgentId { get; init; } = "";

    /// <summary>The stage of this process record.</summary>
    public KognitosStage Stage { get; init; }
}
