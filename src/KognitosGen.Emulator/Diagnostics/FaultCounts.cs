namespace KognitosGen.Emulator;

/// <summary>Faults injected per kind.</summary>
public sealed class FaultCounts
{
    /// <summary>429 answers.</summary>
    public long RateLimited { get; init; }

    /// <summary>503 answers.</summary>
    public long ServiceUnavailable { get; init; }

    /// <summary>Requests delayed by added latency.</summary>
    public long Delayed { get; init; }

    /// <summary>Connections dropped before handling.</summary>
    public long DroppedBeforeHandling { get; init; }

    /// <summary>Connections dropped after handling.</summary>
    public long DroppedAfterHandling { get; init; }
}
