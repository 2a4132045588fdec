using KognitosGen.Telemetry;

namespace KognitosGen.RunStart;

/// <summary>A typed run as its start returned it, with what its metrics are tagged and timed with.</summary>
internal readonly record struct StartedRun(KognitosRun Run, RunMetricsContext Metrics);
