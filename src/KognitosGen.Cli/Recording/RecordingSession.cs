using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.Json;
using KognitosGen.Recording;

namespace KognitosGen.Cli.Recording;

/// <summary>
/// What the recorder has seen so far, built from the requests and answers it forwards: processes, runs and their
/// statuses, files, errors. Thread-safe; <see cref="Snapshot"/> gives the document the writer writes.
/// </summary>
internal sealed class RecordingSession
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Dictionary<(string, string), RecordedProcess> _processes = [];
    private readonly List<RecordingRun> _runs = [];
    private readonly Dictionary<string, RecordingRun> _runsById = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RecordedFile> _files = new(StringComparer.Ordinal);
    private readonly List<RecordedError> _errors = [];
    private long _version;

    /// <summary>Grows with every change, so a flusher knows when there is something new to write.</summary>
    public long Version => System.Threading.Interlocked.Read(ref _version);

    public long NowMs => _clock.ElapsedMilliseconds;

    public int RunCount
    {
        get
        {
            lock (_gate)
                return _runs.Count;
        }
    }

    public int ErrorCount
    {
        get
        {
            lock (_gate)
                return _errors.Count + _runs.Count(r => r.StartError is not null);
        }
    }

    /// <summary>A start request on its way: its inputs and files, read from the body the client sent.</summary>
    public RecordingRun? StartSent(JsonElement body, long atMs)
    {
        if (body.ValueKind != JsonValueKind.Object)
            return null;
        var agentId = Text(body, "agent_id");
        var processId = Text(body, "process_id");
        if (agentId is null || processId is null)
            return null;
        var inputs = new List<RecordedValue>();
        if (body.TryGetProperty("inputs", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var input in list.EnumerateArray())
            {
                if (input.ValueKind == JsonValueKind.Object && Text(input, "name") is { } name)
                    inputs.Add(new RecordedValue(name, input.TryGetProperty("value", out var value) ? value.Clone() : default));
            }
        }

        var fileIds = new List<string>();
        if (body.TryGetProperty("file_ids", out var ids) && ids.ValueKind == JsonValueKind.Array)
            fileIds.AddRange(ids.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.String).Select(i => i.GetString()!));

        lock (_gate)
        {
            var run = new RecordingRun(_runs.Count + 1, agentId, processId, Text(body, "stage") ?? "Published", Text(body, "name") ?? string.Empty,
                atMs, inputs.OrderBy(i => i.Name, StringComparer.Ordinal).ToList(), fileIds);
            _runs.Add(run);
            Changed();
            return run;
        }
    }

    /// <summary>The start was answered with a run.</summary>
    public void StartAnswered(RecordingRun run, int statusCode, JsonElement body)
    {
        lock (_gate)
        {
            run.StartStatusCode = statusCode;
            Seen(body, run);
            Changed();
        }
    }

    /// <summary>The start was answered with an error; it is replayed as such.</summary>
    public void StartRefused(RecordingRun run, RecordedError error)
    {
        lock (_gate)
        {
            run.StartStatusCode = error.StatusCode;
            run.StartError = error;
            Changed();
        }
    }

    /// <summary>The start's connection dropped: whether the server made the run shows when a run of its name turns up.</summary>
    public void StartDropped(RecordingRun run)
    {
        lock (_gate)
        {
            run.StartStatusCode = 0;
            Changed();
        }
    }

    /// <summary>A run (from a start, a read or a list) the client saw.</summary>
    public void RunSeen(JsonElement resource)
    {
        lock (_gate)
        {
            Seen(resource, null);
            Changed();
        }
    }

    public void ProcessSeen(JsonElement resource)
    {
        if (Text(resource, "agent_id") is not { } agentId || Text(resource, "id") is not { } id)
            return;
        lock (_gate)
        {
            _processes[(agentId, id)] = new RecordedProcess(agentId, id, Text(resource, "name") ?? id, Text(resource, "stage") ?? "Published");
            Changed();
        }
    }

    public void FileUploaded(string fileId, RecordedFile file)
    {
        lock (_gate)
        {
            _files[fileId] = file;
            Changed();
        }
    }

    public void ErrorAnswered(RecordedError error)
    {
        lock (_gate)
        {
            _errors.Add(error);
            Changed();
        }
    }

    public RecordingDocument Snapshot()
    {
        lock (_gate)
        {
            return new RecordingDocument([.. _processes.Values], _runs.Select(r => r.Freeze(_files)).ToList(), [.. _errors]);
        }
    }

    // Under _gate. A run seen by ID belongs to the start that made it; one seen first in a list or a read is the
    // run of a start whose answer was lost, found by its agent, process and name.
    private void Seen(JsonElement resource, RecordingRun? start)
    {
        if (resource.ValueKind != JsonValueKind.Object || Text(resource, "id") is not { } id)
            return;
        if (!_runsById.TryGetValue(id, out var run))
        {
            run = start ?? _runs.FirstOrDefault(r => r.RunId is null && r.StartStatusCode == 0 && r.StartError is null
                && r.AgentId == Text(resource, "agent_id") && r.ProcessId == Text(resource, "process_id") && r.Name == Text(resource, "name"));
            if (run is null)
                return;
            run.RunId = id;
            _runsById[id] = run;
        }

        if (Text(resource, "status") is { } status)
            run.Saw(NowMs, status);
        if (resource.TryGetProperty("outputs", out var outputs) && ReadOutputs(outputs) is { } read)
            run.Outputs = read;
    }

    private static List<RecordedValue>? ReadOutputs(JsonElement outputs)
    {
        if (outputs.ValueKind == JsonValueKind.Array)
        {
            return outputs.EnumerateArray()
                .Where(o => o.ValueKind == JsonValueKind.Object && Text(o, "name") is not null)
                .Select(o => new RecordedValue(Text(o, "name")!, o.TryGetProperty("value", out var v) ? v.Clone() : default))
                .ToList();
        }

        return outputs.ValueKind == JsonValueKind.Object
            ? outputs.EnumerateObject().Select(m => new RecordedValue(m.Name, m.Value.Clone())).ToList()
            : null;
    }

    private static string? Text(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private void Changed() => System.Threading.Interlocked.Increment(ref _version);
}
