using System.Collections.Generic;

namespace KognitosGen;

/// <summary>
/// The body of <c>POST /v2/files</c>: where and how to upload a file's bytes, and the ID a run then names in
/// its <c>file_ids</c>.
/// </summary>
public sealed class KognitosFileUpload
{
    private readonly string _id = "";
    private readonly string _fileName = "";
    private readonly string _uploadUrl = "";
    private readonly string _uploadHttpMethod = "POST";

    /// <summary>The file ID to pass in a run's <c>file_ids</c>.</summary>
    public string Id
    {
        get => _id;
        init => _id = value ?? "";
    }

    /// <summary>The sanitised file name the server will store.</summary>
    public string FileName
    {
        get => _fileName;
        init => _fileName = value ?? "";
    }

    /// <summary>The presigned URL that takes the bytes (not the API host).</summary>
    public string UploadUrl
    {
        get => _uploadUrl;
        init => _uploadUrl = value ?? "";
    }

    /// <summary>The HTTP method of the upload; <c>POST</c> (a multipart form) in the documented flow.</summary>
    public string UploadHttpMethod
    {
        get => _uploadHttpMethod;
        init => _uploadHttpMethod = string.IsNullOrWhiteSpace(value) ? "POST" : value;
    }

    /// <summary>The form fields to send, verbatim and before the <c>file</c> part.</summary>
    public IReadOnlyDictionary<string, string>? UploadFields { get; init; }

    /// <summary>Extra headers to send on the upload request.</summary>
    public IReadOnlyDictionary<string, string>? UploadHttpHeaders { get; init; }
}
