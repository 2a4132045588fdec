namespace KognitosGen.ReliabilityTests.Load;

/// <summary>What one load client sent, how long each request took and what went wrong (every error counted, the first few described).</summary>
public sealed record LoadClientResult(IReadOnlyDictionary<LoadRequestKind, int> Sent, IReadOnlyList<TimeSpan> Latencies, int ErrorCount, IReadOnlyList<string> Errors);
