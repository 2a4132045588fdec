using System.Collections.Generic;

namespace KognitosGen;

/// <summary>The body of <c>POST /v2/runs</c>.</summary>
public sealed class KognitosCreateRunRequest
{
    /// <summary>A name for the run, 1 to 100 characters.</summary>
    public string Name { get; init; } = "";

    /// <summary>The ID of the process to run.</summary>
    public string ProcessId { get; init; } = "";

    /// <summary>The ID of the agent that holds the process.</summary>
    public string AgentId { get; init; } = "";

    /// <summary>The stage of the process to run.</summary>
    public KognitosStage Stage { get; init; }

    /// <summary>The input facts; omitted from the body when null.</summary>
    public IReadOnlyList<KognitosNameValue>? Inputs { get; init; }

    /// <summary>The IDs of uploaded files; omitted from the body when null.</summary>
    public IReadOnlyList<string>? FileIds { get; init; }
}
