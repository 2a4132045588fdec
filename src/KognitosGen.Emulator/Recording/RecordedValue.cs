using System.Text.Json;

namespace KognitosGen.Recording;

/// <summary>A run input or output: a fact name and its JSON value.</summary>
internal sealed record RecordedValue(string Name, JsonElement Value);
