using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace KognitosGen.Emulator;

/// <summary>A validated process: its stage, run schedule and output templates.</summary>
internal sealed record CompiledProcess(
    string Id,
    string Name,
    string AgentId,
    string Stage,
    RunSchedule Schedule,
    IReadOnlyList<OutputTemplate> Outputs,
    Func<ReceivedRun, JsonObject>? OutputsFor)
{
    public ProcessResource ToResource() => new(Id, Name, AgentId, Stage);
}
