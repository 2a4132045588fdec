using System.Collections.Generic;
using System.Globalization;
using KognitosGen.SourceGenerators.SchemaLock.Json;

namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>
/// One JSON object of the lock, read member by member with the checks version 1 demands: each member of the
/// expected kind, none missing, none unknown except names starting with "x-" (kept for tools).
/// </summary>
internal readonly struct LockObject
{
    private readonly JsonNode _node;

    private LockObject(JsonNode node, string path)
    {
        _node = node;
        Path = path;
    }

    /// <summary>Where this object is, as in <c>agents[0].processes[1]</c>; empty for the document.</summary>
    public string Path { get; }

    public int Line => _node.Line;

    public static LockObject From(JsonNode node, string path) =>
        node.Kind == JsonNodeKind.Object
            ? new LockObject(node, path)
            : throw new SchemaLockFormatException(node.Line, path.Length == 0 ? "(document)" : path, "expected an object, found " + node.KindName);

    public void RejectUnknownMembers(params string[] known)
    {
        foreach (var member in _node.Members)
        {
            if (member.Name.StartsWith("x-", System.StringComparison.Ordinal) || System.Array.IndexOf(known, member.Name) >= 0)
                continue;
            throw new SchemaLockFormatException(member.Line, PathOf(MessageText.Cut(member.Name)), $"unknown member '{MessageText.Cut(member.Name)}' (version 1 knows {string.Join(", ", known)}; tools may add members starting with 'x-')");
        }
    }

    public string RequiredString(string name) => String(Required(name), name);

    public void OptionalString(string name)
    {
        if (Find(name) is { } member)
            String(member, name);
    }

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

    private JsonMember Required(string name) =>
        Find(name) ?? throw new SchemaLockFormatException(_node.Line, PathOf(name), $"the member '{name}' is missing from {Describe(Path)}");

    private string String(JsonMember member, string name) =>
        member.Value.Kind == JsonNodeKind.String
            ? member.Value.Text!
            : throw new SchemaLockFormatException(member.Line, PathOf(name), "expected a string, found " + member.Value.KindName);

    private static string Describe(string path) => path.Length == 0 ? "the document" : path;
}
