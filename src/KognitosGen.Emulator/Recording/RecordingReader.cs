using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace KognitosGen.Recording;

/// <summary>Reads a recording the <see cref="RecordingWriter"/> wrote; anything else is refused with the member that is wrong.</summary>
internal static class RecordingReader
{
    /// <exception cref="RecordingFormatException">The file cannot be read or is not a recording this version reads.</exception>
    public static RecordingDocument ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new RecordingFormatException(path, "cannot read the file: " + ex.Message, ex);
        }

        return Read(text, path);
    }

    /// <exception cref="RecordingFormatException">The text is not a recording this version reads.</exception>
    public static RecordingDocument Read(string json, string source)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new RecordingFormatException(source, "the document is not a JSON object");
            if (Optional(root, "format") is not { ValueKind: JsonValueKind.String } format || format.GetString() != RecordingDocument.Format)
                throw new RecordingFormatException(source, $"not a recording: \"format\" must be \"{RecordingDocument.Format}\"");
            var version = Int(root, "version", "version");
            if (version > RecordingDocument.CurrentVersion)
                throw new RecordingFormatException(source, $"version {version} was written by a newer KognitosGen; this one reads version {RecordingDocument.CurrentVersion}");
            if (version < 1)
                throw new RecordingFormatException(source, "version must be 1 or more");

            var processes = List(root, "processes", "processes", (e, at) => new RecordedProcess(
                String(e, "agentId", at), String(e, "id", at), String(e, "name", at), String(e, "stage", at)));
            var runs = List(root, "runs", "runs", Run);
            var errors = List(root, "errors", "errors", Error);
            return new RecordingDocument(processes, runs, errors);
        }
        catch (JsonException ex)
        {
            throw new RecordingFormatException(source, $"not valid JSON (line {ex.LineNumber + 1}): {ex.Message}", ex);
        }
        catch (FormatProblem problem)
        {
            throw new RecordingFormatException(source, problem.Message);
        }
    }

    private static RecordedRun Run(JsonElement e, string at) => new()
    {
        Index = Int(e, "index", at),
        AgentId = String(e, "agentId", at),
        ProcessId = String(e, "processId", at),
        Stage = String(e, "stage", at),
        Name = String(e, "name", at),
        StartedAtMs = Long(e, "startedAtMs", at),
        RunId = OptionalString(e, "runId", at),
        StartStatusCode = Int(e, "startStatusCode", at),
        StartError = Optional(e, "startError") is { ValueKind: JsonValueKind.Object } error ? Error(error, at + ".startError") : null,
        Inputs = List(e, "inputs", at + ".inputs", Value),
        Files = List(e, "files", at + ".files", (f, fat) => new RecordedFile(String(f, "name", fat), Long(f, "size", fat),
            String(f, "sha256", fat), OptionalString(f, "content", fat))),
        Statuses = List(e, "statuses", at + ".statuses", (s, sat) => new RecordedStatus(Long(s, "atMs", sat), String(s, "status", sat))),
        Outputs = Optional(e, "outputs") is { ValueKind: JsonValueKind.Array } ? List(e, "outputs", at + ".outputs", Value) : null,
    };

    private static RecordedValue Value(JsonElement e, string at) =>
        new(String(e, "name", at), Optional(e, "value") is { } value ? value.Clone() : default);

    private static RecordedError Error(JsonElement e, string at)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (Optional(e, "headers") is { ValueKind: JsonValueKind.Object } members)
        {
            foreach (var header in members.EnumerateObject())
                headers[header.Name] = header.Value.ValueKind == JsonValueKind.String ? header.Value.GetString()! : throw new FormatProblem($"{at}.headers.{header.Name}: must be a string");
        }

        return new RecordedError(Long(e, "atMs", at), String(e, "method", at), String(e, "path", at), Int(e, "statusCode", at),
            headers, OptionalString(e, "body", at) ?? string.Empty);
    }

    private static List<T> List<T>(JsonElement parent, string name, string at, Func<JsonElement, string, T> read)
    {
        var list = new List<T>();
        if (Optional(parent, name) is not { } array || array.ValueKind == JsonValueKind.Null)
            return list;
        if (array.ValueKind != JsonValueKind.Array)
            throw new FormatProblem($"{at}: must be an array");
        var i = 0;
        foreach (var item in array.EnumerateArray())
        {
            var itemAt = $"{at}[{i++}]";
            list.Add(item.ValueKind == JsonValueKind.Object ? read(item, itemAt) : throw new FormatProblem($"{itemAt}: must be an object"));
        }

        return list;
    }

    private static JsonElement? Optional(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) ? value : null;

    private static string String(JsonElement parent, string name, string at) =>
        OptionalString(parent, name, at) ?? throw new FormatProblem($"{at}.{name}: is required (a string)");

    private static string? OptionalString(JsonElement parent, string name, string at) => Optional(parent, name) switch
    {
        null or { ValueKind: JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        _ => throw new FormatProblem($"{at}.{name}: must be a string"),
    };

    private static long Long(JsonElement parent, string name, string at) =>
        Optional(parent, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var number)
            ? number
            : throw new FormatProblem($"{at}.{name}: is required (a whole number)");

    private static int Int(JsonElement parent, string name, string at) =>
        Optional(parent, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt32(out var number)
            ? number
            : throw new FormatProblem($"{at}.{name}: is required (a whole number)");

    private sealed class FormatProblem(string message) : Exception(message);
}
