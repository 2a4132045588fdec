using System.Collections.Generic;
using System.Linq;
using KognitosGen.Recording;

namespace KognitosGen.Emulator;

/// <summary>
/// The scenario a replay serves: the given one (not changed), plus the recording's processes it lacks, and the
/// recording's variants unless the scenario has its own.
/// </summary>
internal static class ReplayScenario
{
    public static EmulatorScenario Merge(EmulatorScenario scenario, RecordingDocument recording)
    {
        var recorded = EmulatorScenario.FromJson(RecordingScenario.ToJson(recording, withPlaceholderKey: false).ToJsonString(), "recording");
        var agents = scenario.Agents.Select(a => new ScenarioAgent { Id = a.Id, Processes = new List<ScenarioProcess>(a.Processes) }).ToList();
        foreach (var agent in recorded.Agents)
        {
            var into = agents.FirstOrDefault(a => a.Id == agent.Id);
            if (into is null)
            {
                agents.Add(agent);
                continue;
            }

            foreach (var process in agent.Processes.Where(p => into.Processes.All(q => q.Id != p.Id)))
                into.Processes.Add(process);
        }

        return new EmulatorScenario
        {
            ApiKeys = new List<ScenarioApiKey>(scenario.ApiKeys),
            Agents = agents,
            Faults = scenario.Faults,
            UploadSizeLimitBytes = scenario.UploadSizeLimitBytes,
            ListIncludesOutputs = scenario.ListIncludesOutputs,
            Variants = scenario.Variants ?? recorded.Variants,
        };
    }
}
