using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>A copy of the counters at one moment; the body of GET /_emulator/counters.</summary>
public sealed class EmulatorCountersSnapshot
{
    /// <summary>All counted requests, faulted ones included.</summary>
    public long TotalRequests { get; init; }

    /// <summary>Requests per route, keyed "METHOD /route/{template}"; unrouted paths are keyed "METHOD (unmatched)".</summary>
    public IReadOnlyDictionary<string, long> RequestsByRoute { get; init; } = new Dictionary<string, long>();

    /// <summary>Faults injected per kind.</summary>
    public FaultCounts Faults { get; init; } = new();

    /// <summary>All runs created.</summary>
    public long TotalRunsCreated { get; init; }

    /// <summary>All files created.</summary>
    public long TotalFilesCreated { get; init; }

    /// <summary>Run starts answered with 403 "Resource Not Available" at the concurrent-run limit.</summary>
    public long StartsRefusedAtLimit { get; init; }

    /// <summary>Runs created per process ID.</summary>
    public IReadOnlyDictionary<string, long> RunsCreatedByProcess { get; init; } = new Dictionary<string, long>();
}
