namespace KognitosGen.Emulator;

/// <summary>The shape of file IDs returned by <c>POST /v2/files</c> and accepted in <c>file_ids</c>.</summary>
public enum FileIdForm
{
    /// <summary>25 lowercase base-36 characters, like run IDs (the default; the <c>file_ids</c> examples).</summary>
    ShortId,

    /// <summary>An S3 URI, <c>s3://bucket/uploads/AGENT/ID/NAME</c> (the <c>FileResource.id</c> example).</summary>
    S3Uri,
}
