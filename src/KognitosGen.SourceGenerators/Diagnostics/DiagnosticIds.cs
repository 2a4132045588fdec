namespace KognitosGen.SourceGenerators.Diagnostics;

/// <summary>The IDs of KognitosGen's rules. Never reuse a retired ID.</summary>
internal static class DiagnosticIds
{
    public const string MissingAgentId = "KOG0001";
    public const string MissingProcessId = "KOG0002";
    public const string MalformedId = "KOG0003";
    public const string NotPartial = "KOG0004";
    public const string OutputWithoutPrefix = "KOG0005";
    public const string DuplicateFactName = "KOG0006";
    public const string UnsupportedType = "KOG0007";
    public const string InaccessibleProperty = "KOG0008";
    public const string DraftInRelease = "KOG0009";
    public const string LiteralApiKey = "KOG0010";
    public const string InvalidProcessName = "KOG0011";
    public const string UnsupportedDeclaration = "KOG0012";
    public const string LanguageVersionTooLow = "KOG0013";
    public const string FactOutsideProcess = "KOG0014";
    public const string EmptyFactName = "KOG0015";
    public const string ProcessNotInLock = "KOG0016";
    public const string ProcessNameDiffersFromLock = "KOG0017";
    public const string StageDiffersFromLock = "KOG0018";
    public const string OutputNotInLock = "KOG0019";
    public const string OutputTypeMismatchesLock = "KOG0020";
    public const string UnreadableLock = "KOG0021";
    public const string EmptyId = "KOG0022";
    public const string InternalError = "KOG9999";
}
