using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>The content of a readable <c>kognitos.schema.json</c>; shared between compilations, so never changed after reading.</summary>
internal sealed class SchemaLockDocument
{
    private readonly Dictionary<string, LockedAgent> _byId = new(System.StringComparer.Ordinal);

    /// <summary>A lock with its <paramref name="agents"/> in the lock's order, their IDs unique (the reader refuses duplicates).</summary>
    public SchemaLockDocument(string? pulledAt, string? baseUrl, IReadOnlyList<LockedAgent> agents, IReadOnlyList<LockExtension> extensions)
    {
        PulledAt = pulledAt;
        BaseUrl = baseUrl;
        Agents = agents;
        Extensions = extensions;
        foreach (var agent in agents)
            _byId[agent.Id] = agent;
    }

    public const int SupportedVersion = 1;

    /// <summary>When the lock was pulled, as written; null when the lock has no <c>pulledAt</c> (it is optional).</summary>
    public string? PulledAt { get; }

    /// <summary>Where the lock was pulled from, as written; null when the lock has no <c>baseUrl</c> (it is optional).</summary>
    public string? BaseUrl { get; }

    /// <summary>Every agent, in the lock's order.</summary>
    public IReadOnlyList<LockedAgent> Agents { get; }

    public IReadOnlyList<LockExtension> Extensions { get; }

    public LockedAgent? FindAgent(string agentId) => _byId.TryGetValue(agentId, out var agent) ? agent : null;
}
