namespace KognitosGen.Emulator;

/// <summary>GET /v2/health: <c>{"status": "OK"}</c>.</summary>
internal sealed record HealthResponse(string Status);
