using System;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace KognitosGen.Emulator;

/// <summary>
/// The schedule and outputs of every run of a process. A run reads <c>Created</c> for <see cref="CreatedMs"/>,
/// <c>Pending</c> for <see cref="PendingMs"/>, <c>Running</c> for <see cref="RunningMs"/>, then
/// <see cref="Status"/> for good. POST /v2/runs always answers <c>Created</c>.
/// </summary>
public sealed class ScenarioRunPlan
{
    /// <summary>Milliseconds a run reads <c>Created</c> after it is started (default 0).</summary>
    public int CreatedMs { get; set; }

    /// <summary>Milliseconds a run then reads <c>Pending</c> (default 50).</summary>
    public int PendingMs { get; set; } = 50;

    /// <summary>Milliseconds a run then reads <c>Running</c> (default 100).</summary>
    public int RunningMs { get; set; } = 100;

    /// <summary>The status the run ends in (default Succeeded).</summary>
    public TerminalRunStatus Status { get; set; } = TerminalRunStatus.Succeeded;

    /// <summary>
    /// Output name → value, in output order. A value is literal JSON, or a directive built with
    /// <see cref="ScenarioOutput"/>: <c>{"$input": NAME}</c>, <c>{"$files": "names"|"count"}</c>,
    /// <c>{"$literal": JSON}</c>. Outputs are only visible once the run has Succeeded.
    /// </summary>
    public JsonObject Outputs { get; set; } = new();

    /// <summary>
    /// Computes outputs per run from what it received (in process only; not part of scenario files). Called once when
    /// the run is started; its members, literal JSON, follow the <see cref="Outputs"/>, and replace any of the same
    /// name. When it throws, the start is answered with 500 (the message names the exception) and no run is created.
    /// </summary>
    [JsonIgnore]
    public Func<ReceivedRun, JsonObject>? OutputsFor { get; set; }

    /// <summary>Adds an output, literal or directive.</summary>
    /// <returns>This plan, for chaining.</returns>
    public ScenarioRunPlan WithOutput(string name, JsonNode? value)
    {
        Outputs[name] = value;
        return this;
    }
}
