namespace KognitosGen.Emulator;

/// <summary>A browser let into the web UI: its cookie value and the token its forms carry against cross-site posts.</summary>
internal sealed record WebUiSession(string Id, string CsrfToken);
