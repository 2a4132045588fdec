using System;
using KognitosGen.Emulator;

namespace KognitosGen.Testing;

/// <summary>
/// The emulator's faults, typed: each call adds to the faults in force (and restarts their seeded sequence, so a
/// test sees the same faults on every run). They apply to every <c>/v2</c> request, the run start included.
/// </summary>
public sealed class KognitosTestFaults
{
    private readonly KognitosEmulator _emulator;

    internal KognitosTestFaults(KognitosEmulator emulator) => _emulator = emulator;

    /// <summary>The emulator's settings in force (a copy), for what the typed calls do not cover.</summary>
    public FaultSettings Settings
    {
        get => _emulator.Faults;
        set => _emulator.Faults = value;
    }

    /// <summary>Answers a share of requests with 429 and <c>Retry-After</c>.</summary>
    /// <param name="rate">The probability, 0 to 1.</param>
    /// <param name="retryAfter">The <c>Retry-After</c> sent, in whole seconds; 1 s when null. Waited on the virtual clock.</param>
    /// <returns>These faults, for chaining.</returns>
    public KognitosTestFaults RateLimit(double rate, TimeSpan? retryAfter = null) => Change(f =>
    {
        f.RateLimitRate = rate;
        f.RetryAfterSeconds = (int)Math.Ceiling((retryAfter ?? TimeSpan.FromSeconds(1)).TotalSeconds);
    });

    /// <summary>Answers a share of requests with 503.</summary>
    /// <param name="rate">The probability, 0 to 1.</param>
    /// <returns>These faults, for chaining.</returns>
    public KognitosTestFaults ServiceUnavailable(double rate) => Change(f => f.ServiceUnavailableRate = rate);

    /// <summary>Drops a share of connections: before the request is handled, or after (a run is created, its answer lost).</summary>
    /// <param name="beforeHandling">The probability of a drop before handling, 0 to 1.</param>
    /// <param name="afterHandling">The probability of a drop after handling, 0 to 1.</param>
    /// <returns>These faults, for chaining.</returns>
    public KognitosTestFaults DropConnections(double beforeHandling, double afterHandling = 0) => Change(f =>
    {
        f.DropBeforeHandlingRate = beforeHandling;
        f.DropAfterHandlingRate = afterHandling;
    });

    /// <summary>Delays every request by real (wall-clock) time, to test code that races the network.</summary>
    /// <param name="latency">The delay.</param>
    /// <returns>These faults, for chaining.</returns>
    public KognitosTestFaults Latency(TimeSpan latency) => Change(f => f.LatencyMs = (int)latency.TotalMilliseconds);

    /// <summary>Seeds the random sequence that picks the faulted requests (default 1).</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>These faults, for chaining.</returns>
    public KognitosTestFaults Seeded(int seed) => Change(f => f.Seed = seed);

    /// <summary>Removes every fault.</summary>
    public void Clear() => _emulator.Faults = FaultSettings.None;

    private KognitosTestFaults Change(Action<FaultSettings> change)
    {
        var settings = _emulator.Faults;
        change(settings);
        _emulator.Faults = settings;
        return this;
    }
}
