namespace KognitosGen.SourceGenerators.SchemaLockFormat.Json;

/// <summary>One member of a JSON object, with the line its name is on (for messages).</summary>
internal sealed class JsonMember
{
    public JsonMember(string name, int line, JsonNode value)
    {
        Name = name;
        Line = line;
        Value = value;
    }

    public string Name { get; }

    /// <summary>1-based.</summary>
    public int Line { get; }

    public JsonNode Value { get; }
}
