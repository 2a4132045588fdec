namespace KognitosGen.Recording;

/// <summary>A process as <c>GET /v2/processes</c> or a run start named it.</summary>
internal sealed record RecordedProcess(string AgentId, string Id, string Name, string Stage);
