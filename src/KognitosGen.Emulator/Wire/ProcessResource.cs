namespace KognitosGen.Emulator;

/// <summary>A process as GET /v2/processes lists it (field order as in the documented example).</summary>
internal sealed record ProcessResource(string Id, string Name, string AgentId, string Stage);
