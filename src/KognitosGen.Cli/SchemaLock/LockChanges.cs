using System;
using System.Collections.Generic;
using System.Linq;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>What changed between two locks, one line per change, for a reviewer of the pull.</summary>
internal static class LockChanges
{
    public static List<string> Between(SchemaLockFile? before, SchemaLockFile after)
    {
        var changes = new List<string>();
        if (before is null)
        {
            changes.Add($"new lock: {after.Agents.Count} agent(s), {after.Agents.Sum(a => a.Processes.Count)} process(es)");
            return changes;
        }

        if (before.BaseUrl != after.BaseUrl)
            changes.Add($"~ baseUrl {before.BaseUrl} -> {after.BaseUrl}");
        foreach (var agent in after.Agents.Where(a => before.Agents.All(b => b.Id != a.Id)))
            changes.Add($"+ agent {agent.Id} ({agent.Processes.Count} process(es))");
        foreach (var agent in before.Agents.Where(b => after.Agents.All(a => a.Id != b.Id)))
            changes.Add($"- agent {agent.Id}");
        foreach (var agent in after.Agents)
        {
            var old = before.Agents.FirstOrDefault(b => b.Id == agent.Id);
            if (old is not null)
                CompareProcesses(old.Processes, agent.Processes, changes);
        }

        return changes;
    }

    private static void CompareProcesses(IReadOnlyList<LockedProcess> before, IReadOnlyList<LockedProcess> after, List<string> changes)
    {
        foreach (var process in after)
        {
            var old = before.FirstOrDefault(p => p.Id == process.Id && p.Stage == process.Stage)
                ?? before.FirstOrDefault(p => p.Id == process.Id);
            if (old is null)
            {
                changes.Add($"+ process {process.Id} \"{process.Name}\" ({process.Stage})");
                continue;
            }

            if (old.Name != process.Name)
                changes.Add($"~ process {process.Id}: name \"{old.Name}\" -> \"{process.Name}\"");
            if (old.Stage != process.Stage)
                changes.Add($"~ process {process.Id}: stage {old.Stage} -> {process.Stage}");
            if (old.RunsSampled != process.RunsSampled)
                changes.Add($"~ process {process.Id}: runs sampled {old.RunsSampled} -> {process.RunsSampled}");
            CompareOutputs(process.Id, old.Outputs, process.Outputs, changes);
        }

        foreach (var process in before.Where(b => after.All(a => a.Id != b.Id)))
            changes.Add($"- process {process.Id} \"{process.Name}\"");
    }

    private static void CompareOutputs(string processId, IReadOnlyList<LockedOutput> before, IReadOnlyList<LockedOutput> after, List<string> changes)
    {
        foreach (var output in after)
        {
            var old = before.FirstOrDefault(o => o.Name == output.Name);
            if (old is null)
                changes.Add($"+ output \"{output.Name}\" of {processId} ({string.Join(", ", output.Kinds)})");
            else if (!old.Kinds.SequenceEqual(output.Kinds))
                changes.Add($"~ output \"{output.Name}\" of {processId}: kinds {string.Join(", ", old.Kinds)} -> {string.Join(", ", output.Kinds)}");
            else if (old.Seen != output.Seen || old.Example != output.Example)
                changes.Add($"~ output \"{output.Name}\" of {processId}: seen {old.Seen} -> {output.Seen}{(old.Example != output.Example ? ", new example" : "")}");
        }

        foreach (var output in before.Where(b => after.All(a => a.Name != b.Name)))
            changes.Add($"- output \"{output.Name}\" of {processId}");
    }
}
