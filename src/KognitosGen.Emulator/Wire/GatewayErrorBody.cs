namespace KognitosGen.Emulator;

/// <summary>An API gateway's error body: <c>{"message": "Unauthorized"}</c>.</summary>
internal sealed record GatewayErrorBody(string Message);
