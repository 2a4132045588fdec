using System;

namespace KognitosGen.Cli.Recording;

/// <summary>Where a file's bytes really go (the presigned URL the API gave), and which file they are.</summary>
internal sealed record UploadTarget(Uri Url, string Method, string FileId, string FileName);
