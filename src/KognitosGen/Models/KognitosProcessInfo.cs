namespace KognitosGen;

/// <summary>A process as listed by <c>GET /v2/processes</c> and returned by <c>GET /v2/processes/{id}</c>.</summary>
public sealed class KognitosProcessInfo
{
    private readonly string _id = "";
    private readonly string _name = "";
    private readonly string _agentId = "";

    /// <summary>The process ID.</summary>
    public string Id
    {
        get => _id;
        init => _id = value ?? "";
    }

    /// <summary>The process name, for example "to process the invoices".</summary>
    public string Name
    {
        get => _name;
        init => _name = value ?? "";
    }

    /// <summary>The ID of the agent that holds the process.</summary>
    public string AgentId
    {
        get => _agentId;
        init => _agentId = value ?? "";
    }

    /// <summary>The stage of this process record.</summary>
    public KognitosStage Stage { get; init; }
}
