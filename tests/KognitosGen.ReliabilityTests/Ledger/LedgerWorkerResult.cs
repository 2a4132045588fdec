using System.Globalization;

namespace KognitosGen.ReliabilityTests.Ledger;

/// <summary>What one worker process printed: the runs it started or was answered with, conflicts, errors, overheads.</summary>
public sealed class LedgerWorkerResult(int exitCode, string output)
{
    public int ExitCode { get; } = exitCode;

    public string Output { get; } = output;

    private IEnumerable<string[]> Lines(string kind) =>
        Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 4))
            .Where(parts => parts[0] == kind);

    /// <summary>(key, run ID) of each start that returned a handle.</summary>
    public IReadOnlyList<(string Key, string RunId)> Started => Lines("started").Select(p => (p[1], p[2])).ToList();

    public IReadOnlyList<string> Errors => Lines("error").Select(p => string.Join(' ', p)).ToList();

    public IReadOnlyList<(string Key, string ExistingHash, string Hash)> Conflicts => Lines("conflict").Select(p => (p[1], p[2], p[3])).ToList();

    /// <summary>Microseconds spent in the ledger (claim + record) by each start that claimed its key.</summary>
    public IReadOnlyList<long> OverheadMicroseconds => Lines("overhead_us").Select(p => long.Parse(p[1], CultureInfo.InvariantCulture)).ToList();
}
