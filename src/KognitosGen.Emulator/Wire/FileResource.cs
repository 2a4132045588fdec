using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>POST /v2/files: where and how to upload the bytes (a presigned S3 POST in the real service).</summary>
internal sealed record FileResource(
    string Id,
    string FileName,
    string UploadUrl,
    string UploadHttpMethod,
    IReadOnlyDictionary<string, string> UploadHttpHeaders,
    IReadOnlyDictionary<string, string> UploadFields);
