using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>
/// Builds a lock from the API: each named agent's processes, and the outputs of each process's last
/// <c>runs</c> succeeded runs. Reads only; writes nothing, so a failure part-way leaves no trace.
/// </summary>
internal sealed class LockPuller(KognitosClient client, int runsPerProcess, Action<string> progress)
{
    private readonly List<UnsampledProcess> unsampled = [];

    /// <summary>After a pull: the processes it found no succeeded run of (none when it was told to sample no runs).</summary>
    public IReadOnlyList<UnsampledProcess> Unsampled => unsampled;

    public async Task<SchemaLockFile> PullAsync(IReadOnlyList<string> agentIds, SchemaLockFile? previous, CancellationToken cancellationToken)
    {
        var agents = new List<LockedAgent>();
        foreach (var agentId in agentIds.OrderBy(a => a, StringComparer.Ordinal))
        {
            var processes = new List<KognitosProcessInfo>();
            await foreach (var process in client.ListProcessesAsync(agentId, pageSize: 100, cancellationToken))
                processes.Add(process);
            processes.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));

            var oldAgent = previous?.Agents.FirstOrDefault(a => a.Id == agentId);
            var locked = new List<LockedProcess>();
            for (var i = 0; i < processes.Count; i++)
            {
                var process = processes[i];
                progress($"agent {agentId}: process {i + 1} of {processes.Count}, \"{process.Name}\"");
                var (runs, runsSeen) = await SampleRunsAsync(agentId, process, cancellationToken);
                if (runs.Count == 0 && runsPerProcess > 0)
                    unsampled.Add(new UnsampledProcess(agentId, process.Id, process.Name, runsSeen));
                var stage = process.Stage == KognitosStage.Draft ? ProcessStageNames.Draft : ProcessStageNames.Published;
                var oldProcess = oldAgent?.Processes.FirstOrDefault(p => p.Id == process.Id && p.Stage == stage);
                var outputs = OutputSampler.Summarise(runs, name => Copy(oldProcess?.Outputs.FirstOrDefault(o => o.Name == name)?.Extensions));
                locked.Add(new LockedProcess(process.Id, process.Name, stage, runs.Count, outputs, Copy(oldProcess?.Extensions)));
            }

            agents.Add(new LockedAgent(agentId, locked, Copy(oldAgent?.Extensions)));
        }

        var pulledAt = DateTimeOffset.UtcNow.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        return new SchemaLockFile(SchemaLockFile.CurrentVersion, pulledAt, ApiRoots.Display(client.BaseAddress), agents, Copy(previous?.Extensions));
    }

    /// <summary>
    /// The process's last succeeded runs, newest first, each with its outputs (list items may come without), and how
    /// many runs of any status were read to find them.
    /// </summary>
    private async Task<(List<KognitosRun> Sampled, int Seen)> SampleRunsAsync(string agentId, KognitosProcessInfo process, CancellationToken cancellationToken)
    {
        var sampled = new List<KognitosRun>();
        var seen = 0;
        if (runsPerProcess == 0)
            return (sampled, seen);
        var query = new KognitosRunQuery(agentId, process.Id) { Stage = process.Stage, PageSize = 100 };
        await foreach (var run in client.ListRunsAsync(query, cancellationToken))
        {
            seen++;
            if (run.Status != KognitosRunStatus.Succeeded)
                continue;
            sampled.Add(run.OutputsOrNull is null ? await client.GetRunAsync(run.Id, cancellationToken) : run);
            if (sampled.Count == runsPerProcess)
                break;
        }

        return (sampled, seen);
    }

    /// <summary>A copy of the x- members kept from the previous lock (none when there is none).</summary>
    internal static LockExtensions Copy(LockExtensions? extensions)
    {
        var copy = new LockExtensions();
        foreach (var (name, json) in extensions ?? [])
            copy[name] = json;
        return copy;
    }
}
