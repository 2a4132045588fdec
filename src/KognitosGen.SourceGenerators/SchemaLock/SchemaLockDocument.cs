using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>The content of a readable <c>kognitos.schema.json</c>; shared between compilations, so never changed after reading.</summary>
internal sealed class SchemaLockDocument
{
    private readonly Dictionary<string, LockedAgent> _agents;

    public SchemaLockDocument(Dictionary<string, LockedAgent> agents) => _agents = agents;

    public const int SupportedVersion = 1;

    public LockedAgent? FindAgent(string agentId) => _agents.TryGetValue(agentId, out var agent) ? agent : null;
}
