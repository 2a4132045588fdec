using System.Collections.Generic;

namespace KognitosGen.Cli.Export;

/// <summary>
/// One request of an export, with <c>{{variable}}</c> placeholders: <paramref name="Path"/> starts with <c>/v2</c>
/// and follows <c>{{base_url}}</c>; <paramref name="Body"/> is JSON or null.
/// </summary>
internal sealed record ApiRequest(string Folder, string Name, string Method, string Path, IReadOnlyList<KeyValuePair<string, string>> Query, string? Body, string Description);
