using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>
/// A run as the emulator keeps it. Immutable: its status is a function of the clock, and its outputs are
/// computed when it is created and shown only once it has Succeeded.
/// </summary>
internal sealed class StoredRun
{
    public required string Id { get; init; }

    /// <summary>Creation order; breaks ties between runs created within the same second.</summary>
    public required long Sequence { get; init; }

    public required string Name { get; init; }
    public required string AgentId { get; init; }
    public required string ProcessId { get; init; }
    public required string Stage { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required IReadOnlyList<string>? FileIds { get; init; }
    public required IReadOnlyList<NameValue> Outputs { get; init; }
    public required RunSchedule Schedule { get; init; }

    /// <summary>What the start request carried, for tests to read back.</summary>
    public required ReceivedRun Received { get; init; }

    public string StatusAt(DateTimeOffset now) => Schedule.StatusAfter(now - CreatedAt);

    /// <summary>The body of the 201 answer: always <c>Created</c>, no outputs yet.</summary>
    public RunResource ToCreatedResource() => ToResource(RunSchedule.Created, outputs: null);

    public RunResource ToResource(DateTimeOffset now, bool includeOutputs)
    {
        var status = StatusAt(now);
        var succeeded = status == nameof(TerminalRunStatus.Succeeded);
        return ToResource(status, includeOutputs && succeeded ? Outputs : null);
    }

    private RunResource ToResource(string status, IReadOnlyList<NameValue>? outputs) => new(
        Id, Name, ProcessId, AgentId, Stage, status, WireTimestamp.Format(CreatedAt), FileIds, outputs);
}
