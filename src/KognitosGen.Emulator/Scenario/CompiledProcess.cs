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
    /// <summary>The process in its other stage, when it has both; null when it has one.</summary>
    public CompiledProcess? OtherStage { get; init; }

    /// <summary>This process in <paramref name="stage"/>: itself, its other stage, or null when it has no such stage.</summary>
    public CompiledProcess? InStage(string stage) =>
        Stage == stage ? this : OtherStage is { } other && other.Stage == stage ? other : null;

    public ProcessResource ToResource() => new(Id, Name, AgentId, Stage);
}
