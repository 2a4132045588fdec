using KognitosGen.ReliabilityTests.Fuzzing.Checking;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>An input that made the generator or an analyzer throw, and where its source was written for replay.</summary>
public sealed record FuzzFailure(FuzzInput Input, IReadOnlyList<FuzzProblem> Problems, string SourcePath)
{
    public override string ToString() =>
        $"{Input.Describe()}{Environment.NewLine}  source: {SourcePath}{Environment.NewLine}  replay: FuzzInputFactory.Create({Input.Seed}, {Input.Index}){Environment.NewLine}"
        + string.Join(Environment.NewLine, Problems.Select(p => "  " + p));
}
