using System.Collections.Generic;

namespace KognitosGen.Cli.Export;

/// <summary>
/// One request of an export, with <c>{{variable}}</c> placeholders: <paramref name="Path"/> starts with <c>/v2</c>
/// and follows <c>{{base_url}}</c>; <paramref name="Body"/> is JSON or null.
/// </summary>
internal sealed record ApiRequest(string Folder, string Name, string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, string? Body, string Description)
{
    /// <summary>The statuses that mean it worked; each export asserts the answer's status is one of them.</summary>
    public IReadOnlyList<int> ExpectedStatuses { get; init; } = [200];

    /// <summary>Variables the request sets from its JSON answer, so later requests can use them (run_id from a started run).</summary>
    public IReadOnlyList<ResponseCapture> Captures { get; init; } = [];

    /// <summary>
    /// Set for step 2 of the file flow: a multipart POST to the presigned <c>{{upload_url}}</c> (not the API host, so
    /// it never carries the API key) with these form fields, then the file as the part named <c>file</c>.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>>? UploadFields { get; init; }
}
