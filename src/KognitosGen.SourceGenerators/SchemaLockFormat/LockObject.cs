using System.Collections.Generic;
using System.Globalization;
using KognitosGen.SourceGenerators.SchemaLockFormat.Json;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>
/// One JSON object of the lock, read member by member with the checks version 1 demands: each member of the
/// expected kind, none missing, none unknown except names starting with "x-" (kept for tools, as written).
/// </summary>
internal readonly struct LockObject
{
    private static readonly IReadOnlyList<LockExtension> NoExtensions = new LockExtension[0];

    private readonly JsonNode _node;
    private readonly string _document;

    private LockObject(JsonNode node, string path, string document)
    {
        _node = node;
        Path = path;
        _document = document;
    }

    /// <summary>Where this object is, as in <c>agents[0].processes[1]</c>; empty for the document.</summary>
    public string Path { get; }

    public int Line => _node.Line;

    /// <summary>The object <paramref name="node"/> at <paramref name="path"/>; <paramref name="document"/> is the whole text it was parsed from, for the x- members' JSON as written.</summary>
    public static LockObject From(JsonNode node, string path, string document) =>
        node.Kind == JsonNodeKind.Object
            ? new LockObject(node, path, document)
            : throw new SchemaLockFormatException(node.Line, path.Length == 0 ? SchemaLockError.Document : path, "expected an object, found " + node.KindName);

    /// <summary>Refuses a member version 1 does not know; returns the <c>x-</c> members (none, usually).</summary>
    public IReadOnlyList<LockExtension> ExtensionsBesides(params string[] known)
    {
        List<LockExtension>? extensions = null;
        foreach (var member in _node.Members)
        {
            if (System.Array.IndexOf(known, member.Name) >= 0)
                continue;
            if (member.Name.StartsWith("x-", System.StringComparison.Ordinal))
            {
                var json = _document.Substring(member.Value.Start, member.Value.End - member.Value.Start);
                (extensions ??= new List<LockExtension>()).Add(new LockExtension(member.Name, json));
                continue;
            }

            throw new SchemaLockFormatException(member.Line, PathOf(MessageText.Cut(member.Name)), $"unknown member '{MessageText.Cut(member.Name)}' (version 1 knows {string.Join(", ", known)}; tools may add members starting with 'x-')");
        }

        return extensions ?? NoExtensions;
    }

    public string RequiredString(string name) => String(Required(name), name);

    public string? OptionalString(string name) => Find(name) is { } member ? String(member, name) : null;

    /// <summary>A whole number of 0 or more, as counts are.</summary>
    public int RequiredCount(string name)
    {
        var member = Required(name);
        if (member.Value.Kind != JsonNodeKind.Number || !IsCount(member.Value.Text!, out var count))
        {
            var found = member.Value.Kind == JsonNodeKind.Number ? MessageText.Cut(member.Value.Text!) : member.Value.KindName;
            throw new SchemaLockFormatException(member.Line, PathOf(name), $"expected a whole number of 0 or more, found {found}");
        }

        return count;
    }

    public IReadOnlyList<JsonNode> RequiredArray(string name)
    {
        var member = Required(name);
        return member.Value.Kind == JsonNodeKind.Array
            ? member.Value.Items
            : throw new SchemaLockFormatException(member.Line, PathOf(name), "expected an array, found " + member.Value.KindName);
    }

    public JsonMember? Find(string name)
    {
        foreach (var member in _node.Members)
        {
            if (member.Name == name)
                return member;
        }

        return null;
    }

    public string PathOf(string member) => Path.Length == 0 ? member : Path + "." + member;

    public static bool IsCount(string number, out int count)
    {
        count = 0;
        foreach (var ch in number)
        {
            if (ch is < '0' or > '9')
                return false;
        }

        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out count);
    }

    public JsonMember Required(string name) =>
        Find(name) ?? throw new SchemaLockFormatException(_node.Line, PathOf(name), $"the member '{name}' is missing from {Describe(Path)}");

    private string String(JsonMember member, string name) =>
        member.Value.Kind == JsonNodeKind.String
            ? member.Value.Text!
            : throw new SchemaLockFormatException(member.Line, PathOf(name), "expected a string, found " + member.Value.KindName);

    private static string Describe(string path) => path.Length == 0 ? "the document" : path;
}
