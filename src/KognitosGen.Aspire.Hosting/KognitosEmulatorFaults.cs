namespace KognitosGen.Aspire.Hosting;

/// <summary>
/// Faults the emulator injects on its <c>/v2</c> routes, set from the app host (the emulator's
/// <c>/_emulator/faults</c>): rates from 0 to 1, drawn from a sequence seeded by <see cref="Seed"/>.
/// </summary>
public sealed class KognitosEmulatorFaults
{
    /// <summary>Seed of the random sequence, so that a run of the app host repeats its faults.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>Rate of 429 Too Many Requests answers.</summary>
    public double RateLimitRate { get; set; }

    /// <summary>The <c>Retry-After</c> seconds sent with a 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    /// <summary>Rate of 503 Service Unavailable answers.</summary>
    public double ServiceUnavailableRate { get; set; }

    /// <summary>Latency added to every matching request, in milliseconds.</summary>
    public int LatencyMs { get; set; }

    /// <summary>HTTP methods faults apply to; empty means all.</summary>
    public IList<string> Methods { get; } = new List<string>();

    /// <summary>Path prefixes faults apply to (such as <c>/v2/runs</c>); empty means all.</summary>
    public IList<string> Paths { get; } = new List<string>();
}
