using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using KognitosGen.Recording;
using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>
/// Builds a lock from a recording instead of the API (<c>kognitos pull --from</c>): the recorded processes of the named
/// agents (all when none is named), and the outputs of each one's last <c>runs</c> recorded runs that succeeded.
/// </summary>
internal sealed class RecordingLockBuilder(RecordingDocument recording, int runsPerProcess)
{
    private readonly List<UnsampledProcess> unsampled = [];

    public IReadOnlyList<UnsampledProcess> Unsampled => unsampled;

    public SchemaLockFile Build(IReadOnlyList<string> agentIds, SchemaLockFile? previous)
    {
        var processes = RecordingScenario.Processes(recording);
        var agents = new List<LockedAgent>();
        var named = agentIds.Count > 0 ? agentIds : processes.Select(p => p.AgentId).Distinct().ToList();
        foreach (var agentId in named.OrderBy(a => a, StringComparer.Ordinal))
        {
            var oldAgent = previous?.Agents.FirstOrDefault(a => a.Id == agentId);
            var locked = new List<LockedProcess>();
            foreach (var process in processes.Where(p => p.AgentId == agentId).OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                var runs = recording.Runs.Where(r => r.AgentId == agentId && r.ProcessId == process.Id && r.StartError is null).ToList();
                var succeeded = runs
                    .Where(r => r.Outputs is not null && r.Statuses.Count > 0 && RecordedStatusWords.Canonical(r.Statuses[^1].Status) == "Succeeded")
                    .OrderByDescending(r => r.Index)
                    .Take(runsPerProcess)
                    .Select(r => (IReadOnlyList<KeyValuePair<string, JsonElement>>)r.Outputs!.Select(o => new KeyValuePair<string, JsonElement>(o.Name, o.Value)).ToList())
                    .ToList();
                if (succeeded.Count == 0 && runsPerProcess > 0)
                    unsampled.Add(new UnsampledProcess(agentId, process.Id, process.Name, runs.Count));
                var stage = process.Stage.Equals(ProcessStageNames.Draft, StringComparison.OrdinalIgnoreCase) ? ProcessStageNames.Draft : ProcessStageNames.Published;
                var oldProcess = oldAgent?.Processes.FirstOrDefault(p => p.Id == process.Id && p.Stage == stage);
                var outputs = OutputSampler.Summarise(succeeded, name => LockPuller.Copy(oldProcess?.Outputs.FirstOrDefault(o => o.Name == name)?.Extensions));
                locked.Add(new LockedProcess(process.Id, process.Name, stage, succeeded.Count, outputs, LockPuller.Copy(oldProcess?.Extensions)));
            }

            agents.Add(new LockedAgent(agentId, locked, LockPuller.Copy(oldAgent?.Extensions)));
        }

        var pulledAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new SchemaLockFile(SchemaLockFile.CurrentVersion, pulledAt, previous?.BaseUrl, agents, LockPuller.Copy(previous?.Extensions));
    }
}
