using System.Collections.Generic;

namespace KognitosGen.Recording;

/// <summary>
/// One <c>POST /v2/runs</c>: what it carried, how it was answered (a run, or <see cref="StartError"/>), each status the
/// client then saw, and the run's end with its outputs. <see cref="Index"/> numbers runs from 1 in start order.
/// </summary>
internal sealed record RecordedRun
{
    public required int Index { get; init; }
    public required string AgentId { get; init; }
    public required string ProcessId { get; init; }
    public required string Stage { get; init; }
    public required string Name { get; init; }

    /// <summary>Milliseconds from the start of the recording to the start request.</summary>
    public required long StartedAtMs { get; init; }

    /// <summary>The inputs, sorted by name.</summary>
    public required IReadOnlyList<RecordedValue> Inputs { get; init; }

    public required IReadOnlyList<RecordedFile> Files { get; init; }

    /// <summary>The run ID the server gave; null when the start was refused or its answer was lost and never found.</summary>
    public string? RunId { get; init; }

    /// <summary>The start answer's HTTP status; 0 when the connection dropped.</summary>
    public required int StartStatusCode { get; init; }

    /// <summary>The error the start was answered with; null when a run was created.</summary>
    public RecordedError? StartError { get; init; }

    /// <summary>Each status seen, the first time it was seen, in order.</summary>
    public required IReadOnlyList<RecordedStatus> Statuses { get; init; }

    /// <summary>The outputs of the run's last answer that carried them; null when none did.</summary>
    public IReadOnlyList<RecordedValue>? Outputs { get; init; }
}
