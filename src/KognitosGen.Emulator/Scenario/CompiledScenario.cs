using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>
/// A validated, immutable scenario: what the request handlers read, safely from any thread. <see cref="AcceptsAnyKey"/>:
/// a replay given no key takes any non-empty one.
/// </summary>
internal sealed record CompiledScenario(
    IReadOnlyDictionary<string, ApiCaller> ApiKeys,
    IReadOnlyList<CompiledAgent> Agents,
    IReadOnlyDictionary<string, CompiledAgent> AgentsById,
    FaultSettings Faults,
    long UploadSizeLimitBytes,
    bool ListIncludesOutputs,
    bool AcceptsAnyKey = false);
