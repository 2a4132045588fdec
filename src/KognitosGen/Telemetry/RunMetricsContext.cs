using System;

namespace KognitosGen.Telemetry;

/// <summary>
/// What a typed run's metrics are tagged with, and when it started: the process, the stage, and the reading of the
/// client's <see cref="TimeProvider"/> at which the start call returned (none for a run this client did not start,
/// whose duration it cannot know).
/// </summary>
internal readonly struct RunMetricsContext
{
    private readonly TimeProvider? _clock;
    private readonly long _startedAt;

    private RunMetricsContext(string processId, KognitosStage stage, TimeProvider? clock, long startedAt)
    {
        ProcessId = processId;
        Stage = stage;
        _clock = clock;
        _startedAt = startedAt;
    }

    /// <summary>A run this client started: its duration counts from now on <paramref name="clock"/>.</summary>
    public static RunMetricsContext StartedNow(string processId, KognitosStage stage, TimeProvider clock) =>
        new(processId, stage, clock, clock.GetTimestamp());

    /// <summary>A run started elsewhere (attached to): it has no duration.</summary>
    public static RunMetricsContext StartedElsewhere(string processId, KognitosStage stage) =>
        new(processId, stage, clock: null, startedAt: 0);

    public string ProcessId { get; }

    public KognitosStage Stage { get; }

    /// <summary>Whether this client knows when the run started.</summary>
    public bool KnowsStart => _clock is not null;

    /// <summary>Seconds since the start on the client's clock; 0 when <see cref="KnowsStart"/> is false.</summary>
    public double SecondsSinceStart => _clock is null ? 0 : _clock.GetElapsedTime(_startedAt).TotalSeconds;
}
