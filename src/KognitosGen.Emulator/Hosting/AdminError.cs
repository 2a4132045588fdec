namespace KognitosGen.Emulator;

/// <summary>The body of a rejected admin request: <c>{"error": "..."}</c>.</summary>
internal sealed record AdminError(string Error);
