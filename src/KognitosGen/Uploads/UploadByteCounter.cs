namespace KognitosGen.Uploads;

/// <summary>
/// How many bytes of a file the last attempt of an upload streamed; created only when upload sizes are measured.
/// </summary>
internal sealed class UploadByteCounter
{
    public long Count { get; set; }
}
