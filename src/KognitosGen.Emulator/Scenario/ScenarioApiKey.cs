namespace KognitosGen.Emulator;

/// <summary>An API key the emulator accepts, scoped to the organisation or to one agent.</summary>
public sealed class ScenarioApiKey
{
    /// <summary>The value clients send in the <c>x-api-key</c> header.</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>The agent this key is scoped to; null for an organisation-scoped key.</summary>
    public string? AgentId { get; set; }
}
