using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>A run input or output: <c>{"name": ..., "value": any JSON}</c>.</summary>
internal sealed record NameValue(string Name, JsonElement Value);
