using System.Text.Json.Serialization;

namespace KognitosGen.Tests.Contract;

[JsonSerializable(typeof(string))]
internal sealed partial class KognitosTestJson : JsonSerializerContext
{
}
