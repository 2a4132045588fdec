using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace KognitosGen.Recording;

/// <summary>
/// The one writer of recordings: every record path goes through it, and it classifies every value it writes. Known
/// shapes (IDs, status words, counts, hashes, the headers that matter) are written as they are; text and the values of
/// facts are scrubbed of known secrets and signed URLs, and the user's facts and JSON paths are replaced; credential
/// headers are replaced; a string value of a redacted fact is a secret wherever else it appears. A header it has not classified, or a known secret found in the finished text, makes it throw
/// <see cref="RecordingRedactionException"/> and write nothing. Members are written in a fixed order, one run per
/// object, processes sorted, inputs sorted by name, indented: a recording diffs well.
/// </summary>
internal sealed partial class RecordingWriter(RecordingRedaction redaction)
{
    private static readonly HashSet<string> SafeHeaders = new(StringComparer.OrdinalIgnoreCase) { "Retry-After", "Content-Type" };

    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The recording as JSON text (UTF-8 without BOM when saved, LF line ends).</summary>
    /// <exception cref="RecordingRedactionException">A value is unclassified, or a known secret would be written.</exception>
    public string Write(RecordingDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        // A redacted fact's value echoed elsewhere (an output that repeats an input, a run name) is redacted there too.
        foreach (var value in document.Runs.SelectMany(r => r.Inputs.Concat(r.Outputs ?? [])).Where(v => redaction.RedactsFact(v.Name)))
        {
            if (value.Value.ValueKind == JsonValueKind.String)
                redaction.AddSecret(value.Value.GetString());
        }

        var root = new JsonObject
        {
            ["format"] = RecordingDocument.Format,
            ["version"] = RecordingDocument.CurrentVersion,
            ["processes"] = new JsonArray(document.Processes
                .OrderBy(p => p.AgentId, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal).ThenBy(p => p.Stage, StringComparer.Ordinal)
                .Select(Process).ToArray<JsonNode?>()),
            ["runs"] = new JsonArray(document.Runs.OrderBy(r => r.Index).Select(Run).ToArray<JsonNode?>()),
            ["errors"] = new JsonArray(document.Errors.OrderBy(e => e.AtMs).Select((e, i) => Error(e, $"errors[{i}]")).ToArray<JsonNode?>()),
        };

        foreach (var path in redaction.Paths)
            path.Replace(root, RecordingRedaction.Replacement);

        var text = root.ToJsonString(Indented).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n";
        // The last line of defence: whatever path a value took, a known secret never leaves.
        foreach (var secret in redaction.Secrets())
        {
            if (text.Contains(secret, StringComparison.Ordinal) || text.Contains(JsonEncodedText.Encode(secret).ToString(), StringComparison.Ordinal))
                throw new RecordingRedactionException("a known secret survived redaction; the recording was not written");
        }

        return text;
    }

    /// <summary>Writes the recording to <paramref name="path"/> atomically: a reader sees the old file or the new one.</summary>
    public void WriteFile(RecordingDocument document, string path)
    {
        var text = Write(document);
        var full = Path.GetFullPath(path);
        var temporary = full + ".tmp";
        File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        File.Move(temporary, full, overwrite: true);
    }

    private JsonObject Process(RecordedProcess process) => new()
    {
        ["agentId"] = Id(process.AgentId),
        ["id"] = Id(process.Id),
        ["name"] = Text(process.Name),
        ["stage"] = Word(process.Stage),
    };

    private JsonObject Run(RecordedRun run)
    {
        var where = $"runs[{run.Index}]";
        var node = new JsonObject
        {
            ["index"] = run.Index,
            ["agentId"] = Id(run.AgentId),
            ["processId"] = Id(run.ProcessId),
            ["stage"] = Word(run.Stage),
            ["name"] = Text(run.Name),
            ["startedAtMs"] = run.StartedAtMs,
            ["runId"] = run.RunId is null ? null : Id(run.RunId),
            ["startStatusCode"] = run.StartStatusCode,
        };
        if (run.StartError is { } error)
            node["startError"] = Error(error, where + ".startError");
        node["inputs"] = Values(run.Inputs.OrderBy(i => i.Name, StringComparer.Ordinal));
        node["files"] = new JsonArray(run.Files.Select(FileNode).ToArray<JsonNode?>());
        node["statuses"] = new JsonArray(run.Statuses.Select(s => (JsonNode)new JsonObject
        {
            ["atMs"] = s.AtMs,
            ["status"] = Word(s.Status),
        }).ToArray<JsonNode?>());
        node["outputs"] = run.Outputs is null ? null : Values(run.Outputs);
        return node;
    }

    private JsonObject FileNode(RecordedFile file)
    {
        var node = new JsonObject
        {
            ["name"] = Text(file.Name),
            ["size"] = file.Size,
            ["sha256"] = Hex().IsMatch(file.Sha256) ? file.Sha256 : throw new RecordingRedactionException("a file's sha256 is not a lowercase hex digest"),
        };
        if (file.ContentBase64 is { } content)
            node["content"] = Base64().IsMatch(content) ? content : throw new RecordingRedactionException("a file's content is not base64");
        return node;
    }

    private JsonObject Error(RecordedError error, string where)
    {
        var headers = new JsonObject();
        foreach (var (name, value) in error.Headers.OrderBy(h => h.Key, StringComparer.OrdinalIgnoreCase))
        {
            if (SensitiveNames.IsCredentialName(name))
                headers[name] = RecordingRedaction.Replacement;
            else if (SafeHeaders.Contains(name))
                headers[name] = Text(value);
            else
                throw new RecordingRedactionException($"{where}.headers: the header '{name}' is not classified (only Retry-After and Content-Type are written); the recording was not written");
        }

        return new JsonObject
        {
            ["atMs"] = error.AtMs,
            ["method"] = Word(error.Method),
            ["path"] = Text(error.Path),
            ["statusCode"] = error.StatusCode,
            ["headers"] = headers,
            ["body"] = Text(error.Body),
        };
    }

    private JsonArray Values(IEnumerable<RecordedValue> values) => new(values.Select(v => (JsonNode)new JsonObject
    {
        ["name"] = Text(v.Name),
        ["value"] = redaction.RedactsFact(v.Name) ? RecordingRedaction.Replacement : Json(v.Value),
    }).ToArray<JsonNode?>());

    // A fact's value is the user's data: kept, but every string in it is scrubbed.
    private JsonNode? Json(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                var obj = new JsonObject();
                foreach (var member in value.EnumerateObject())
                    obj[Text(member.Name)] = Json(member.Value);
                return obj;
            case JsonValueKind.Array:
                return new JsonArray(value.EnumerateArray().Select(Json).ToArray());
            case JsonValueKind.String:
                return Text(value.GetString()!);
            case JsonValueKind.Number:
            case JsonValueKind.True:
            case JsonValueKind.False:
                return JsonNode.Parse(value.GetRawText());
            case JsonValueKind.Null:
                return null;
            default:
                throw new RecordingRedactionException($"a fact's value of kind {value.ValueKind} is not classified; the recording was not written");
        }
    }

    // An ID as the API shapes them; anything else is text, and scrubbed as text.
    private string Id(string value) => IdShape().IsMatch(value) ? redaction.Scrub(value) : Text(value);

    private string Word(string value) => WordShape().IsMatch(value) ? value : Text(value);

    private string Text(string value) => redaction.Scrub(value);

    [GeneratedRegex("^[a-zA-Z0-9_-]{1,64}$")]
    private static partial Regex IdShape();

    [GeneratedRegex("^[A-Za-z_]{1,40}$")]
    private static partial Regex WordShape();

    [GeneratedRegex("^[0-9a-f]{64}$")]
    private static partial Regex Hex();

    [GeneratedRegex("^[A-Za-z0-9+/]*={0,2}$")]
    private static partial Regex Base64();
}
