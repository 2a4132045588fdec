namespace KognitosGen.Emulator;

/// <summary>A process of an agent, in one stage, with the plan every run of it follows.</summary>
public sealed class ScenarioProcess
{
    /// <summary>The process ID (1-26 characters of <c>[a-zA-Z0-9_-]</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The process name, e.g. "to process the invoices".</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>The stage this process is in; a run asking for another stage is rejected with 404.</summary>
    public ProcessStage Stage { get; set; } = ProcessStage.Published;

    /// <summary>How runs of this process progress and what they output.</summary>
    public ScenarioRunPlan Run { get; set; } = new();
}
