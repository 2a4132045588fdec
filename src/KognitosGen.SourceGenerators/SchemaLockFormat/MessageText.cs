namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>Text from the lock quoted in a message, cut so that a huge or mangled lock cannot flood the build output.</summary>
internal static class MessageText
{
    private const int MaxLength = 80;

    public static string Cut(string text) => text.Length <= MaxLength ? text : text.Substring(0, MaxLength) + "…";
}
