using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>An agent: a container of processes, identified only by its ID.</summary>
public sealed class ScenarioAgent
{
    /// <summary>The agent ID (1-26 characters of <c>[a-zA-Z0-9_-]</c>).</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>The processes of this agent, in the order GET /v2/processes lists them.</summary>
    public IList<ScenarioProcess> Processes { get; set; } = new List<ScenarioProcess>();

    /// <summary>Adds a process and lets <paramref name="configureRun"/> adjust its run plan.</summary>
    /// <returns>This agent, for chaining.</returns>
    public ScenarioAgent AddProcess(string id, string name, ProcessStage stage = ProcessStage.Published,
        Action<ScenarioRunPlan>? configureRun = null)
    {
        var process = new ScenarioProcess { Id = id, Name = name, Stage = stage };
        configureRun?.Invoke(process.Run);
        Processes.Add(process);
        return this;
    }

    /// <summary>
    /// Adds a process that has both stages, Published (listed) and Draft, each with its own run plan and so its own
    /// outcome; <paramref name="configurePublished"/> and <paramref name="configureDraft"/> adjust them.
    /// </summary>
    /// <returns>This agent, for chaining.</returns>
    public ScenarioAgent AddProcessInBothStages(string id, string name, Action<ScenarioRunPlan>? configurePublished = null,
        Action<ScenarioRunPlan>? configureDraft = null)
    {
        var process = new ScenarioProcess { Id = id, Name = name, Stage = ProcessStage.Published, OtherStageRun = new ScenarioRunPlan() };
        configurePublished?.Invoke(process.Run);
        configureDraft?.Invoke(process.OtherStageRun);
        Processes.Add(process);
        return this;
    }
}
