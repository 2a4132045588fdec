using System.Text.Json.Serialization;

namespace KognitosGen.Cli;

/// <summary>Source-generated JSON metadata for the few values the tool serialises.</summary>
[JsonSerializable(typeof(string))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
