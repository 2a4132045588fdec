using System.Text.Json.Serialization;

namespace KognitosGen.Sample;

[JsonSerializable(typeof(string))]
[JsonSerializable(typeof(decimal))]
internal sealed partial class SampleJson : JsonSerializerContext
{
}
