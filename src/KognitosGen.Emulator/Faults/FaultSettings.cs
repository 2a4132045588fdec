using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>
/// Faults injected on <c>/v2</c> routes. Each matching request draws from a random sequence seeded by
/// <see cref="Seed"/>, so the same seed and the same request order give the same faults. Rates are
/// probabilities from 0 to 1; 1 means every matching request.
/// </summary>
public sealed class FaultSettings
{
    /// <summary>Seed of the random sequence; setting faults restarts the sequence.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Rate of 429 Too Many Requests answers.</summary>
    public double RateLimitRate { get; set; }

    /// <summary>The <c>Retry-After</c> seconds sent with a 429 (default 1).</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Rate of 503 Service Unavailable answers.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Latency added to every matching request, in milliseconds (the lower bound with <see cref="LatencyMaxMs"/>).</summary>
    public int LatencyMs { get; set; }

    /// <summary>When set, the latency is drawn uniformly from [<see cref="LatencyMs"/>, <see cref="LatencyMaxMs"/>].</summary>
    public int? LatencyMaxMs { get; set; }

    /// <summary>Rate of connections dropped before the request is handled (nothing happens server-side).</summary>
    public double DropBeforeHandlingRate { get; set; }

    /// <summary>
    /// Rate of connections dropped after the request is handled: the effect (e.g. a created run) persists
    /// but the client never receives the response.
    /// </summary>
    public double DropAfterHandlingRate { get; set; }

    /// <summary>HTTP methods faults apply to; empty means all.</summary>
    public IList<string> Methods { get; set; } = new List<string>();

    /// <summary>
    /// Paths faults apply to; empty means every <c>/v2</c> path. An entry matches a route template
    /// (<c>/v2/runs/{run_id}</c>), an exact request path, or, ending in <c>*</c>, a path prefix.
    /// </summary>
    public IList<string> Paths { get; set; } = new List<string>();

    /// <summary>No faults at all.</summary>
    public static FaultSettings None => new();

    /// <summary>A deep copy, so callers cannot change settings the emulator holds.</summary>
    public FaultSettings Clone() => new()
    {
        Seed = Seed,
        RateLimitRate = RateLimitRate,
        RetryAfterSeconds = RetryAfterSeconds,
        ServiceUnavailableRate = ServiceUnavailableRate,
        LatencyMs = LatencyMs,
        LatencyMaxMs = LatencyMaxMs,
        DropBeforeHandlingRate = DropBeforeHandlingRate,
        DropAfterHandlingRate = DropAfterHandlingRate,
        Methods = new List<string>(Methods),
        Paths = new List<string>(Paths),
    };
}
