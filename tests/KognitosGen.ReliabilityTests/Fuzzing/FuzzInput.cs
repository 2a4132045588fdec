using KognitosGen.ReliabilityTests.Fuzzing.Checking;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>One mutated source and how to compile it; recreated exactly by <see cref="FuzzInputFactory.Create"/> from seed and index.</summary>
public sealed record FuzzInput(
    int Seed,
    int Index,
    string CorpusName,
    IReadOnlyList<string> Mutations,
    string Source,
    CompilationFlavour Flavour,
    int BuildPropertySet)
{
    public string Describe() =>
        $"seed {Seed}, input {Index}: corpus '{CorpusName}', mutations [{string.Join(", ", Mutations)}], {Flavour}, build property set {BuildPropertySet}";
}
