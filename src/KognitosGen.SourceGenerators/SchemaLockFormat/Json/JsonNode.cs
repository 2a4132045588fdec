using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLockFormat.Json;

/// <summary>A parsed JSON value that remembers the line it starts on, so the lock reader can say where a problem is.</summary>
internal sealed class JsonNode
{
    private static readonly IReadOnlyList<JsonNode> NoItems = new JsonNode[0];
    private static readonly IReadOnlyList<JsonMember> NoMembers = new JsonMember[0];

    private JsonNode(JsonNodeKind kind, int line, int start, int end, string? text, IReadOnlyList<JsonNode> items, IReadOnlyList<JsonMember> members)
    {
        Kind = kind;
        Line = line;
        Start = start;
        End = end;
        Text = text;
        Items = items;
        Members = members;
    }

    public JsonNodeKind Kind { get; }

    /// <summary>1-based.</summary>
    public int Line { get; }

    /// <summary>Where the value starts in the document's text (a character index).</summary>
    public int Start { get; }

    /// <summary>Where the value ends in the document's text (exclusive), so a tool can keep it exactly as written.</summary>
    public int End { get; }

    /// <summary>A string's value, or a number as written; null for other kinds.</summary>
    public string? Text { get; }

    public IReadOnlyList<JsonNode> Items { get; }

    /// <summary>In document order; names are unique (the parser refuses duplicates).</summary>
    public IReadOnlyList<JsonMember> Members { get; }

    public static JsonNode Scalar(JsonNodeKind kind, int line, int start, int end, string? text = null) => new(kind, line, start, end, text, NoItems, NoMembers);

    public static JsonNode Array(int line, int start, int end, IReadOnlyList<JsonNode> items) => new(JsonNodeKind.Array, line, start, end, null, items, NoMembers);

    public static JsonNode Object(int line, int start, int end, IReadOnlyList<JsonMember> members) => new(JsonNodeKind.Object, line, start, end, null, NoItems, members);

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
