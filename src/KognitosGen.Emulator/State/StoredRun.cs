using System;
using System.Collections.Generic;
using System.Threading;

namespace KognitosGen.Emulator;

/// <summary>
/// A run as the emulator keeps it. Immutable but for a cancel from the web UI: its status is a function of the clock
/// (and of that cancel), and its outputs are computed when it is created and shown only once it has Succeeded.
/// </summary>
internal sealed class StoredRun
{
    // UTC ticks of the cancel; 0 while not cancelled. Set once, so readers need no lock.
    private long _cancelledAtTicks;

    // Made on the first GET that finds the run finished; replaced whole, so readers need no lock.
    private volatile FinishedRunBody? _finishedBody;
    private int _finishedReads;

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

    /// <summary>How the start request arrived and whether its answer was sent, for the web UI.</summary>
    public RunOrigin? Origin { get; init; }

    /// <summary>When the run was cancelled from the web UI; null when it was not.</summary>
    public DateTimeOffset? CancelledAt => Interlocked.Read(ref _cancelledAtTicks) is var ticks and not 0
        ? new DateTimeOffset(ticks, TimeSpan.Zero)
        : null;

    /// <summary>The body last made for a GET of this run in a terminal status; check that it fits before writing it.</summary>
    public FinishedRunBody? FinishedBody
    {
        get => _finishedBody;
        set => _finishedBody = value;
    }

    /// <summary>
    /// Notes a GET of this run in a terminal status; true from the second on. Most finished runs are read once (a
    /// wait's last look), and a body kept for those would grow the emulator by a copy of every run it ever finished.
    /// </summary>
    public bool ReadFinishedBefore() => Interlocked.Exchange(ref _finishedReads, 1) == 1;

    public string StatusAt(DateTimeOffset now) => CancelledAt is { } cancelled && now >= cancelled
        ? nameof(TerminalRunStatus.Cancelled)
        : Schedule.StatusAfter(now - CreatedAt);

    /// <summary>Cancels the run at <paramref name="now"/> unless it already reached a terminal status.</summary>
    public bool TryCancel(DateTimeOffset now)
    {
        if (IsTerminal(StatusAt(now)))
            return false;
        return Interlocked.CompareExchange(ref _cancelledAtTicks, now.UtcTicks, 0) == 0;
    }

    /// <summary>Whether a status (as <see cref="StatusAt"/> spells it) is one a run ends in.</summary>
    public static bool IsTerminal(string status) => status is nameof(TerminalRunStatus.Succeeded)
        or nameof(TerminalRunStatus.Failed) or nameof(TerminalRunStatus.Cancelled) or nameof(TerminalRunStatus.TimedOut);

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
