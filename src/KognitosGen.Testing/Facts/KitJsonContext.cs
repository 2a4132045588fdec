using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen.Testing;

/// <summary>The little JSON the kit serialises itself.</summary>
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class KitJsonContext : JsonSerializerContext;
