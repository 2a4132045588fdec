using System.Text.Json;

namespace KognitosGen;

/// <summary>One <c>{name, value}</c> pair: a run input or a run output fact.</summary>
public sealed class KognitosNameValue
{
    /// <summary>The fact name, for example "the output total".</summary>
    public string Name { get; init; } = "";

    /// <summary>The value exactly as it came over the wire.</summary>
    public JsonElement Value { get; init; }

    /// <inheritdoc />
    public override string ToString() => Name + " = " + (Value.ValueKind == JsonValueKind.Undefined ? "null" : Value.GetRawText());
}
