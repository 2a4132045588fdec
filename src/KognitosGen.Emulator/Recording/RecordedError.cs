using System;
using System.Collections.Generic;

namespace KognitosGen.Recording;

/// <summary>
/// An error answer (or a dropped connection, <see cref="StatusCode"/> 0) to one request, <see cref="AtMs"/> after the
/// recording began. <see cref="Path"/> has no query; an upload's is <c>upload</c>, never its URL. <see cref="Headers"/>
/// holds the headers that matter (Retry-After, Content-Type); the writer refuses any it has not classified.
/// </summary>
internal sealed record RecordedError(long AtMs, string Method, string Path, int StatusCode,
    IReadOnlyDictionary<string, string> Headers, string Body)
{
    /// <summary>The <see cref="Path"/> of an error answered to a file upload.</summary>
    public const string UploadPath = "upload";

    /// <summary>Whether the connection dropped instead of answering.</summary>
    public bool Dropped => StatusCode == 0;

    public string? Header(string name)
    {
        foreach (var (key, value) in Headers)
        {
            if (string.Equals(key, name, StringComparison.OrdinalIgnoreCase))
                return value;
        }

        return null;
    }
}
