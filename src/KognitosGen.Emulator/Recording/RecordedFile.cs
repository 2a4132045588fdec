namespace KognitosGen.Recording;

/// <summary>
/// A file a run was started with: its name, size and SHA-256 (lowercase hex); its bytes (base64) only when the
/// recording was asked to include files.
/// </summary>
internal sealed record RecordedFile(string Name, long Size, string Sha256, string? ContentBase64);
