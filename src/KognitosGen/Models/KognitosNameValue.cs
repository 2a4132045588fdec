using System.Text.Json;

namespace KognitosGen;

/// <summary>One <c>{name, value}</c> pair: a run input or a run output fact.</summary>
public sealed class KognitosNameValue
{
    private readonly string _name = "";

    /// <summary>The fact name, for example "the output total".</summary>
    public string Name
    {
        get => _name;
        init => _name = value ?? "";
    }

    /// <summary>The value exactly as it came over the wire.</summary>
    public JsonElement Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + " = " + (Value.ValueKind == JsonValueKind.Undefined ? "null" : Value.GetRawText());
}
