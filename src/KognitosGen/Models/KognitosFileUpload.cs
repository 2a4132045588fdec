using System.Collections.Generic;

namespace KognitosGen;

/// <summary>
/// The body of <c>POST /v2/files</c>: where and how to upload a file's bytes, and the ID a run then names in
/// its <c>file_ids</c>.
/// </summary>
public sealed class KognitosFileUpload
{
    /// <summary>The file ID to pass in a run's <c>file_ids</c>.</summary>
    public string Id { get; init; } = "";

    /// <summary>The sanitised file name the server will store.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The presigned URL that takes the bytes (not the API host).</summary>
    public string UploadUrl { get; init; } = "";

    /// <summary>The HTTP method of the upload; <c>POST</c> (a multipart form) in the documented flow.</summary>
    public string UploadHttpMethod { get; init; } = "POST";

    /// <summary>The form fields to send, verbatim and before the <c>file</c> part.</summary>
    public IReadOnlyDictionary<string, string>? UploadFields { get; init; }

    /// <summary>Extra headers to send on the upload request.</summary>
    public IReadOnlyDictionary<string, string>? UploadHttpHeaders { get; init; }
}
