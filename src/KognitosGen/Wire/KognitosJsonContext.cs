using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace KognitosGen.Wire;

// All wire JSON goes through this source-generated context: no reflection, trim- and AOT-safe.
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(KognitosHealth))]
[JsonSerializable(typeof(KognitosProcessInfo))]
[JsonSerializable(typeof(KognitosPage<KognitosProcessInfo>))]
[JsonSerializable(typeof(KognitosRun))]
[JsonSerializable(typeof(KognitosPage<KognitosRun>))]
[JsonSerializable(typeof(KognitosCreateRunRequest))]
[JsonSerializable(typeof(KognitosCreateFileRequest))]
[JsonSerializable(typeof(KognitosFileUpload))]
[JsonSerializable(typeof(KognitosErrorModel))]
[JsonSerializable(typeof(IReadOnlyList<KognitosNameValue>))]
[JsonSerializable(typeof(List<KognitosNameValue>))]
internal sealed partial class KognitosJsonContext : JsonSerializerContext
{
}
