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

    /// <summary>Whether an attribute written as <paramref name="name"/> (with or without "Attribute") names a fact attribute.</summary>
    public static bool IsFactAttributeName(string name) => name is
        "KognitosInput" or "KognitosInputAttribute" or "KognitosOutput" or "KognitosOutputAttribute" or "KognitosFile" or "KognitosFileAttribute";

    /// <summary>
    /// The other spelling C# tries for an attribute written as <paramref name="name"/> (<c>[X]</c> also means
    /// <c>XAttribute</c>); our fact attributes' are spelled, not concatenated on every look-up.
    /// </summary>
    public static string WithAttributeSuffix(string name) => name switch
    {
        "KognitosInput" => "KognitosInputAttribute",
        "KognitosOutput" => "KognitosOutputAttribute",
        "KognitosFile" => "KognitosFileAttribute",
        _ => name + "Attribute",
    };

    public const string DescriptorMember = "KognitosDescriptor";
    public const string StartMember = "StartAsync";
    public const string RunMember = "RunAsync";
}
