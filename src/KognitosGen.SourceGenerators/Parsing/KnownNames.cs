namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>Metadata names the parser recognises.</summary>
internal static class KnownNames
{
    public const string ProcessAttribute = "KognitosGen.KognitosProcessAttribute";
    public const string InputAttribute = "KognitosGen.KognitosInputAttribute";
    public const string OutputAttribute = "KognitosGen.KognitosOutputAttribute";
    public const string FileAttribute = "KognitosGen.KognitosFileAttribute";
    public const string KognitosFile = "KognitosGen.KognitosFile";
    public const string JsonSerializerContext = "System.Text.Json.Serialization.JsonSerializerContext";

    public const string DescriptorMember = "KognitosDescriptor";
    public const string StartMember = "StartAsync";
    public const string RunMember = "RunAsync";
}
