using System.Text.Json.Serialization;

namespace KognitosGen.Wire;

// What the client reads runs with: RunConverter reads a run as KognitosJsonContext would, except that outputs are only
// checked, not built; they are read from the raw body, which the client keeps on every run, when first asked for.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(RunConverter)])]
[JsonSerializable(typeof(KognitosRun))]
[JsonSerializable(typeof(KognitosPage<KognitosRun>))]
internal sealed partial class KognitosRunJsonContext : JsonSerializerContext
{
}
