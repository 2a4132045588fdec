namespace KognitosGen.Telemetry;

/// <summary>
/// What a typed run's metrics are tagged with, and when it started: the process, the stage, and the
/// <see cref="System.Diagnostics.Stopwatch"/> timestamp at which the start call returned (0 for a run this client
/// did not start, whose duration it cannot know).
/// </summary>
internal readonly struct RunMetricsContext
{
    public RunMetricsContext(string processId, KognitosStage stage, long startedAt)
    {
        ProcessId = processId;
        Stage = stage;
        StartedAt = startedAt;
    }

    public string ProcessId { get; }

    public KognitosStage Stage { get; }

    public long StartedAt { get; }
}
