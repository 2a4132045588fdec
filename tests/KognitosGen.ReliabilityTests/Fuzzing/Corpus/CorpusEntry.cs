namespace KognitosGen.ReliabilityTests.Fuzzing.Corpus;

/// <summary>One valid annotated source the fuzzer starts from, named for failure reports.</summary>
public sealed record CorpusEntry(string Name, string Source)
{
    public override string ToString() => Name;
}
