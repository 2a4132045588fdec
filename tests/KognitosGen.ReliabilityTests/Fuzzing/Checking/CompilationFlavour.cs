namespace KognitosGen.ReliabilityTests.Fuzzing.Checking;

/// <summary>The compilation options an input is compiled with: Release turns on KOG0009, nullable changes annotations.</summary>
public readonly record struct CompilationFlavour(bool Release, bool Nullable)
{
    public static IReadOnlyList<CompilationFlavour> All { get; } =
        [new(false, true), new(true, true), new(false, false), new(true, false)];

    public override string ToString() => (Release ? "Release" : "Debug") + (Nullable ? ", nullable enabled" : ", nullable disabled");
}
