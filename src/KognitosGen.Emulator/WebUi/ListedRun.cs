namespace KognitosGen.Emulator;

/// <summary>A run on the runs page with the status it read when the page was made.</summary>
internal sealed record ListedRun(StoredRun Run, string Status);
