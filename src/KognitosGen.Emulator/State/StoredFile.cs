namespace KognitosGen.Emulator;

/// <summary>A file announced by POST /v2/files; its bytes arrive later through the upload route.</summary>
internal sealed class StoredFile
{
    private volatile byte[]? _content;

    /// <summary>The ID the API shows: the short ID, or an S3 URI under the <see cref="FileIdForm.S3Uri"/> variant.</summary>
    public required string Id { get; init; }

    /// <summary>The short ID the upload route is addressed by (the same as <see cref="Id"/> by default).</summary>
    public required string UploadId { get; init; }
    public required string AgentId { get; init; }
    public required string FileName { get; init; }
    public required UploadGrant Grant { get; init; }

    public bool IsUploaded => _content is not null;

    public byte[]? Content => _content;

    /// <summary>Stores (or, like S3, replaces) the uploaded bytes.</summary>
    public void StoreContent(byte[] content) => _content = content;
}
