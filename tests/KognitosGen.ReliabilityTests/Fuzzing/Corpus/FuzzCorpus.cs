namespace KognitosGen.ReliabilityTests.Fuzzing.Corpus;

/// <summary>
/// Valid sources with [KognitosProcess] classes that compile cleanly with their generated code: the seeds every
/// mutated input is derived from. Each file of this folder holds one theme.
/// </summary>
public static partial class FuzzCorpus
{
    public static IReadOnlyList<CorpusEntry> Entries { get; } =
    [
        new("invoice", Invoice),
        new("every scalar type", EveryScalarType),
        new("collections", Collections),
        new("files", Files),
        new("nested partial types", NestedPartialTypes),
        new("records", Records),
        new("json context user types", JsonContextUserTypes),
        new("assembly defaults", AssemblyDefaults),
        new("every named argument", EveryNamedArgument),
        new("file-scoped namespace and several processes", SeveralProcesses),
        new("client usage with a literal key", ClientUsage),
        new("members named like generated ones", ReservedMemberNames),
        new("global namespace and obsolete facts", GlobalNamespace),
    ];
}
