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

    /// <summary>The body of the answer to the start: <c>Created</c> (or the variants' first status), no outputs yet.</summary>
    public RunResource ToCreatedResource(EmulatorVariants variants)
    {
        var first = variants.FirstRunStatus == FirstRunStatus.Pending ? RunSchedule.Pending : RunSchedule.Created;
        return ToResource(StatusWords.Spell(first, variants.StatusWords), outputs: null, variants);
    }

    public RunResource ToResource(DateTimeOffset now, bool includeOutputs, EmulatorVariants variants)
    {
        var succeeded = StatusAt(now) == nameof(TerminalRunStatus.Succeeded);
        return ToResource(StatusWords.At(this, now, variants), includeOutputs && succeeded ? Outputs : null, variants);
    }

    private RunResource ToResource(string status, IReadOnlyList<NameValue>? outputs, EmulatorVariants variants) => new(
        Id, Name, ProcessId, AgentId, Stage, status, WireTimestamp.Format(CreatedAt, variants), FileIds, outputs);
}
