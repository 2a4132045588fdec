using KognitosGen.Testing;

namespace KognitosGen.ReliabilityTests.Infrastructure;

/// <summary>
/// The figures the reliability tests measure (inputs fuzzed, faults injected, runs, duplicates, latencies),
/// appended to artifacts/reliability/report.txt so that CI prints them and a reader can find them.
/// </summary>
public static class ReliabilityReport
{
    private static readonly object Gate = new();

    public static string FilePath { get; } = Path.Combine(TestRepository.Root, "artifacts", "reliability", "report.txt");

    public static void Add(string test, string figures)
    {
        lock (Gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            File.AppendAllText(FilePath, $"{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ} {test}: {figures}{Environment.NewLine}");
        }
    }
}
