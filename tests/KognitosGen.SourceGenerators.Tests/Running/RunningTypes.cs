using System.Text.Json.Serialization;

namespace KognitosGen.SourceGenerators.Tests.Running;

public enum Color
{
    Red,
    Green,
    Blue,
}

public sealed record Address(string Street, string City);

[JsonSerializable(typeof(Address))]
[JsonSerializable(typeof(List<Address>))]
internal sealed partial class RunningJson : JsonSerializerContext;
