using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>A validated process: its stage, run schedule and output templates.</summary>
internal sealed record CompiledProcess(
    string Id,
    string Name,
    string AgentId,
    string Stage,
    RunSchedule Schedule,
    IReadOnlyList<OutputTemplate> Outputs)
{
    public ProcessResource ToResource() => new(Id, Name, AgentId, Stage);
}
