using System.Text.Json.Serialization;

namespace KognitosGen;

// What the client reads runs with: as KognitosJsonContext, except that outputs are only checked, not built; they are
// read from the raw body, which the client keeps on every run, when first asked for (LazyOutputs).
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    Converters = [typeof(LazyOutputs.Converter)])]
[JsonSerializable(typeof(KognitosRun))]
[JsonSerializable(typeof(KognitosPage<KognitosRun>))]
internal sealed partial class KognitosRunJsonContext : JsonSerializerContext
{
}
