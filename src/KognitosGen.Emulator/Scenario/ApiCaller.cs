namespace KognitosGen.Emulator;

/// <summary>Who is calling: the key and, for an agent-scoped key, the only agent it may touch.</summary>
internal sealed record ApiCaller(string Key, string? AgentScope)
{
    public bool CanAccess(string agentId) => AgentScope is null || AgentScope == agentId;
}
