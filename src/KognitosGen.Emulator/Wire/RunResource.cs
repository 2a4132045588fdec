using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>A run (field order as in the documented list example).</summary>
internal sealed record RunResource(
    string Id,
    string Name,
    string ProcessId,
    string AgentId,
    string Stage,
    string Status,
    string? CreatedAt,
    IReadOnlyList<string>? FileIds,
    IReadOnlyList<NameValue>? Outputs);
