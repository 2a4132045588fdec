using System.Collections.Generic;
using KognitosGen.Recording;

namespace KognitosGen.Cli.Recording;

/// <summary>A run being recorded: what its start carried, then what the client saw of it. Guarded by the session's lock.</summary>
internal sealed class RecordingRun(int index, string agentId, string processId, string stage, string name, long startedAtMs,
    IReadOnlyList<RecordedValue> inputs, IReadOnlyList<string> fileIds)
{
    public int Index { get; } = index;
    public string AgentId { get; } = agentId;
    public string ProcessId { get; } = processId;
    public string Stage { get; } = stage;
    public string Name { get; } = name;
    public long StartedAtMs { get; } = startedAtMs;
    public IReadOnlyList<RecordedValue> Inputs { get; } = inputs;
    public IReadOnlyList<string> FileIds { get; } = fileIds;
    public string? RunId { get; set; }
    public int StartStatusCode { get; set; }
    public RecordedError? StartError { get; set; }
    public List<RecordedStatus> Statuses { get; } = [];
    public IReadOnlyList<RecordedValue>? Outputs { get; set; }

    public void Saw(long atMs, string status)
    {
        if (Statuses.Count == 0 || Statuses[^1].Status != status)
            Statuses.Add(new RecordedStatus(atMs - StartedAtMs < 0 ? 0 : atMs - StartedAtMs, status));
    }

    public RecordedRun Freeze(IReadOnlyDictionary<string, RecordedFile> files)
    {
        var recordedFiles = new List<RecordedFile>();
        foreach (var id in FileIds)
            recordedFiles.Add(files.TryGetValue(id, out var file) ? file : new RecordedFile("(not uploaded through the recorder)", 0, new string('0', 64), null));
        return new RecordedRun
        {
            Index = Index,
            AgentId = AgentId,
            ProcessId = ProcessId,
            Stage = Stage,
            Name = Name,
            StartedAtMs = StartedAtMs,
            Inputs = Inputs,
            Files = recordedFiles,
            RunId = RunId,
            StartStatusCode = StartStatusCode,
            StartError = StartError,
            Statuses = [.. Statuses],
            Outputs = Outputs,
        };
    }
}
