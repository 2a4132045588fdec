using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using KognitosGen.Cli.Output;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>
/// Reads a version 1 lock strictly: every member must be known (or start with <c>x-</c>, kept as is), of its type,
/// and present when required. The first problem throws <see cref="SchemaLockException"/> with file, line and member.
/// </summary>
internal sealed class SchemaLockReader
{
    private static readonly HashSet<string> Stages = new(StringComparer.Ordinal) { "Draft", "Published" };
    private static readonly HashSet<string> Kinds = new(StringComparer.Ordinal) { "array", "boolean", "date", "date-time", "integer", "number", "null", "object", "string" };

    private readonly string _file;
    private readonly byte[] _utf8;
    private readonly List<int> _lineStarts = [0];

    private SchemaLockReader(string file, byte[] utf8)
    {
        _file = file;
        _utf8 = utf8;
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
                _lineStarts.Add(i + 1);
        }
    }

    /// <summary>Reads the lock at <paramref name="path"/>; a missing or unreadable file is a <see cref="SchemaLockException"/> too.</summary>
    public static SchemaLockFile ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception unreadable) when (unreadable is IOException or UnauthorizedAccessException)
        {
            throw new SchemaLockException(path, 1, "", "cannot read the file: " + unreadable.Message);
        }

        return Read(path, bytes);
    }

    /// <summary>Reads a lock from its UTF-8 bytes; <paramref name="file"/> names it in errors.</summary>
    public static SchemaLockFile Read(string file, byte[] utf8)
    {
        var reader = new SchemaLockReader(file, utf8);
        var json = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            reader.Next(ref json, "");
            var result = reader.ReadRoot(ref json);
            if (json.Read())
                throw reader.Error(ref json, "", "unexpected content after the end of the document");
            return result;
        }
        catch (JsonException syntax)
        {
            throw new SchemaLockException(file, (int)(syntax.LineNumber ?? 0) + 1, "", "not valid JSON: " + FirstSentence(syntax.Message));
        }
    }

    private SchemaLockFile ReadRoot(ref Utf8JsonReader json)
    {
        int? version = null;
        string? pulledAt = null, baseUrl = null;
        List<LockedAgent>? agents = null;
        var extensions = new LockExtensions();
        var start = Line(ref json);
        ReadObject(ref json, "", extensions, (ref Utf8JsonReader json, string name, string path) =>
        {
            switch (name)
            {
                case "version":
                    version = ReadInt(ref json, path);
                    if (version > SchemaLockFile.CurrentVersion)
                        throw Error(ref json, path, $"version {version} is newer than this tool reads ({SchemaLockFile.CurrentVersion}); update KognitosGen.Cli");
                    if (version < 1)
                        throw Error(ref json, path, $"version {version} does not exist; expected 1");
                    return true;
                case "pulledAt":
                    pulledAt = ReadString(ref json, path);
                    return true;
                case "baseUrl":
                    baseUrl = ReadString(ref json, path);
                    return true;
                case "agents":
                    agents = ReadArray(ref json, path, ReadAgent);
                    return true;
                default:
                    return false;
            }
        });
        return new SchemaLockFile(
            version ?? throw Missing(start, "version"),
            pulledAt ?? throw Missing(start, "pulledAt"),
            baseUrl ?? throw Missing(start, "baseUrl"),
            agents ?? throw Missing(start, "agents"),
            extensions);
    }

    private LockedAgent ReadAgent(ref Utf8JsonReader json, string path)
    {
        string? id = null;
        List<LockedProcess>? processes = null;
        var extensions = new LockExtensions();
        var start = Line(ref json);
        ReadObject(ref json, path, extensions, (ref Utf8JsonReader json, string name, string member) =>
        {
            switch (name)
            {
                case "id":
                    id = ReadString(ref json, member);
                    return true;
                case "processes":
                    processes = ReadArray(ref json, member, ReadProcess);
                    return true;
                default:
                    return false;
            }
        });
        return new LockedAgent(id ?? throw Missing(start, path + ".id"), processes ?? throw Missing(start, path + ".processes"), extensions);
    }

    private LockedProcess ReadProcess(ref Utf8JsonReader json, string path)
    {
        string? id = null, name = null, stage = null;
        int? runsSampled = null;
        List<LockedOutput>? outputs = null;
        var extensions = new LockExtensions();
        var start = Line(ref json);
        ReadObject(ref json, path, extensions, (ref Utf8JsonReader json, string member, string memberPath) =>
        {
            switch (member)
            {
                case "id":
                    id = ReadString(ref json, memberPath);
                    return true;
                case "name":
                    name = ReadString(ref json, memberPath);
                    return true;
                case "stage":
                    stage = ReadString(ref json, memberPath);
                    if (!Stages.Contains(stage))
                        throw Error(ref json, memberPath, $"'{stage}' is not a stage; expected \"Draft\" or \"Published\"");
                    return true;
                case "runsSampled":
                    runsSampled = ReadCount(ref json, memberPath);
                    return true;
                case "outputs":
                    outputs = ReadArray(ref json, memberPath, ReadOutput);
                    return true;
                default:
                    return false;
            }
        });
        return new LockedProcess(
            id ?? throw Missing(start, path + ".id"),
            name ?? throw Missing(start, path + ".name"),
            stage ?? throw Missing(start, path + ".stage"),
            runsSampled ?? throw Missing(start, path + ".runsSampled"),
            outputs ?? throw Missing(start, path + ".outputs"),
            extensions);
    }

    private LockedOutput ReadOutput(ref Utf8JsonReader json, string path)
    {
        string? name = null, example = null;
        List<string>? kinds = null;
        int? seen = null;
        var extensions = new LockExtensions();
        var start = Line(ref json);
        ReadObject(ref json, path, extensions, (ref Utf8JsonReader json, string member, string memberPath) =>
        {
            switch (member)
            {
                case "name":
                    name = ReadString(ref json, memberPath);
                    return true;
                case "kinds":
                    kinds = ReadArray(ref json, memberPath, (ref Utf8JsonReader json, string itemPath) =>
                    {
                        var kind = ReadString(ref json, itemPath);
                        return Kinds.Contains(kind) ? kind : throw Error(ref json, itemPath, $"'{kind}' is not a kind; expected one of {string.Join(", ", Kinds)}");
                    });
                    return true;
                case "seen":
                    seen = ReadCount(ref json, memberPath);
                    return true;
                case "example":
                    example = ReadString(ref json, memberPath);
                    return true;
                default:
                    return false;
            }
        });
        return new LockedOutput(
            name ?? throw Missing(start, path + ".name"),
            kinds ?? throw Missing(start, path + ".kinds"),
            seen ?? throw Missing(start, path + ".seen"),
            example,
            extensions);
    }

    private delegate bool MemberReader(ref Utf8JsonReader json, string name, string path);

    private delegate T ItemReader<T>(ref Utf8JsonReader json, string path);

    /// <summary>Reads an object whose start token is current; known members go to <paramref name="readMember"/>.</summary>
    private void ReadObject(ref Utf8JsonReader json, string path, LockExtensions extensions, MemberReader readMember)
    {
        if (json.TokenType != JsonTokenType.StartObject)
            throw Error(ref json, path, "expected an object");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            Next(ref json, path);
            if (json.TokenType == JsonTokenType.EndObject)
                return;
            var name = json.GetString()!;
            var memberPath = path.Length == 0 ? name : path + "." + name;
            if (!seen.Add(name))
                throw Error(ref json, memberPath, "appears twice");
            var nameLine = Line(ref json);
            Next(ref json, memberPath);
            if (readMember(ref json, name, memberPath))
                continue;
            if (!name.StartsWith("x-", StringComparison.Ordinal))
                throw new SchemaLockException(_file, nameLine, memberPath, "unknown member (only members starting with x- may be added)");
            using var value = JsonDocument.ParseValue(ref json);
            extensions[name] = JsonOutput.CompactOf(value.RootElement);
        }
    }

    private List<T> ReadArray<T>(ref Utf8JsonReader json, string path, ItemReader<T> readItem)
    {
        if (json.TokenType != JsonTokenType.StartArray)
            throw Error(ref json, path, "expected an array");
        var items = new List<T>();
        while (true)
        {
            Next(ref json, path);
            if (json.TokenType == JsonTokenType.EndArray)
                return items;
            items.Add(readItem(ref json, $"{path}[{items.Count}]"));
        }
    }

    private string ReadString(ref Utf8JsonReader json, string path) =>
        json.TokenType == JsonTokenType.String ? json.GetString()! : throw Error(ref json, path, "expected a string");

    private int ReadInt(ref Utf8JsonReader json, string path) =>
        json.TokenType == JsonTokenType.Number && json.TryGetInt32(out var value) ? value : throw Error(ref json, path, "expected a whole number");

    private int ReadCount(ref Utf8JsonReader json, string path)
    {
        var value = ReadInt(ref json, path);
        return value >= 0 ? value : throw Error(ref json, path, "expected 0 or more");
    }

    private void Next(ref Utf8JsonReader json, string path)
    {
        if (!json.Read())
            throw new SchemaLockException(_file, _lineStarts.Count, path, "the document ends too early");
    }

    private int Line(ref Utf8JsonReader json)
    {
        var index = _lineStarts.BinarySearch((int)json.TokenStartIndex);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    private SchemaLockException Error(ref Utf8JsonReader json, string path, string problem) => new(_file, Line(ref json), path, problem);

    private SchemaLockException Missing(int line, string path) => new(_file, line, path, "required member is missing");

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? message[..end] : message.TrimEnd('.');
    }
}
