using System.Text;
using KognitosGen.ReliabilityTests.Fuzzing.Checking;
using KognitosGen.ReliabilityTests.Infrastructure;

namespace KognitosGen.ReliabilityTests.Fuzzing;

/// <summary>Writes a failing input to artifacts/reliability/fuzz-failure-SEED-INDEX.cs: what failed in a header comment, then the source.</summary>
public static class FuzzFailureFile
{
    public static string Write(FuzzInput input, IReadOnlyList<FuzzProblem> problems)
    {
        var directory = Path.GetDirectoryName(ReliabilityReport.FilePath)!;
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, $"fuzz-failure-{input.Seed}-{input.Index}.cs");
        var header = new StringBuilder()
            .AppendLine("/*")
            .AppendLine(input.Describe())
            .AppendLine($"Replay exactly (lone surrogates in the source do not survive UTF-8): FuzzInputFactory.Create({input.Seed}, {input.Index})");
        foreach (var problem in problems)
            header.AppendLine(problem.ToString());
        header.Replace("*/", "* /").AppendLine("*/");
        File.WriteAllText(path, header + input.Source, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
