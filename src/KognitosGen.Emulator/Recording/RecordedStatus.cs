namespace KognitosGen.Recording;

/// <summary>A status the client saw first <see cref="AtMs"/> milliseconds after the run's start, spelled as the server spelled it.</summary>
internal sealed record RecordedStatus(long AtMs, string Status);
