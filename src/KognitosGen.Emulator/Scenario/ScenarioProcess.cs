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

    /// <summary>
    /// When set, the process has both stages (a process can be run as Draft and as Published): this is the plan of
    /// runs of the stage other than <see cref="Stage"/>, with its own timing and outcome. Null (the default): runs
    /// asking for the other stage are rejected with 404. The process is listed once, in <see cref="Stage"/>.
    /// </summary>
    public ScenarioRunPlan? OtherStageRun { get; set; }
}
