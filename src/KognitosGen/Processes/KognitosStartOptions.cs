namespace KognitosGen;

/// <summary>Per-run overrides for starting a typed process.</summary>
public sealed class KognitosStartOptions
{
    /// <summary>The run's name (1 to 100 characters); the process name when null.</summary>
    public string? RunName { get; init; }

    /// <summary>Overrides the agent ID the process class resolved to.</summary>
    public string? AgentId { get; init; }

    /// <summary>Overrides the process ID the process class resolved to.</summary>
    public string? ProcessId { get; init; }

    /// <summary>Overrides the stage the process class resolved to.</summary>
    public KognitosStage? Stage { get; init; }
}
