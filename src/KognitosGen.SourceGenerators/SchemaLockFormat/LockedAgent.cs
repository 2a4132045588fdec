using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>An agent named to the pull, and every process the API listed for it.</summary>
internal sealed class LockedAgent
{
    private readonly Dictionary<string, LockedProcess> _byId = new(System.StringComparer.Ordinal);

    /// <summary>An agent with its <paramref name="processes"/> in the lock's order, their IDs unique (the reader refuses duplicates).</summary>
    public LockedAgent(string id, IReadOnlyList<LockedProcess> processes, IReadOnlyList<LockExtension> extensions)
    {
        Id = id;
        Processes = processes;
        Extensions = extensions;
        foreach (var process in processes)
            _byId[process.Id] = process;
    }

    public string Id { get; }

    /// <summary>Every process of the agent, in the lock's order.</summary>
    public IReadOnlyList<LockedProcess> Processes { get; }

    public IReadOnlyList<LockExtension> Extensions { get; }

    public LockedProcess? FindProcess(string processId) => _byId.TryGetValue(processId, out var process) ? process : null;
}
