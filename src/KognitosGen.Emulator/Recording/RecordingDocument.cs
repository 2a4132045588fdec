using System.Collections.Generic;

namespace KognitosGen.Recording;

/// <summary>
/// A recording of what a Kognitos account answered: the processes seen, the runs started with what the client saw of
/// each, and the error answers. Written only by <see cref="RecordingWriter"/>, read by <see cref="RecordingReader"/>.
/// </summary>
internal sealed record RecordingDocument(
    IReadOnlyList<RecordedProcess> Processes,
    IReadOnlyList<RecordedRun> Runs,
    IReadOnlyList<RecordedError> Errors)
{
    /// <summary>The value of the document's <c>format</c> member.</summary>
    public const string Format = "kognitos-recording";

    /// <summary>The format version this code writes and reads.</summary>
    public const int CurrentVersion = 1;
}
