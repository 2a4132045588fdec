using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>An agent named to the pull, and every process the API listed for it.</summary>
internal sealed class LockedAgent
{
    private readonly Dictionary<string, LockedProcess> _processes;

    public LockedAgent(string id, Dictionary<string, LockedProcess> processes)
    {
        Id = id;
        _processes = processes;
    }

    public string Id { get; }

    /// <summary>Every process of the agent, in no particular order.</summary>
    public IEnumerable<LockedProcess> Processes => _processes.Values;

    public LockedProcess? FindProcess(string processId) => _processes.TryGetValue(processId, out var process) ? process : null;
}
