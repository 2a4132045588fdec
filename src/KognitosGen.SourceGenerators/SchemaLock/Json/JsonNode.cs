using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLock.Json;

/// <summary>A parsed JSON value that remembers the line it starts on, so the lock reader can say where a problem is.</summary>
internal sealed class JsonNode
{
    private static readonly IReadOnlyList<JsonNode> NoItems = new JsonNode[0];
    private static readonly IReadOnlyList<JsonMember> NoMembers = new JsonMember[0];

    private JsonNode(JsonNodeKind kind, int line, string? text, IReadOnlyList<JsonNode> items, IReadOnlyList<JsonMember> members)
    {
        Kind = kind;
        Line = line;
        Text = text;
        Items = items;
        Members = members;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>1-based.</summary>
    public int Line { get; }

    /// <summary>A string's value, or a number as written; null for other kinds.</summary>
    public string? Text { get; }

    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>In document order; names are unique (the parser refuses duplicates).</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    public static JsonNode Scalar(JsonNodeKind kind, int line, string? text = null) => new(kind, line, text, NoItems, NoMembers);

    public static JsonNode Array(int line, IReadOnlyList<JsonNode> items) => new(JsonNodeKind.Array, line, null, items, NoMembers);

    public static JsonNode Object(int line, IReadOnlyList<JsonMember> members) => new(JsonNodeKind.Object, line, null, NoItems, members);

    /// <summary>How the kind is named in messages.</summary>
    public string KindName => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Null => "null",
        _ => "a boolean",
    };
}
