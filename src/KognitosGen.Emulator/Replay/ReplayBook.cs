using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using KognitosGen.Recording;

namespace KognitosGen.Emulator;

/// <summary>
/// The recorded runs a replaying emulator serves, by process. A start takes the first matching recorded run it has
/// not taken yet, in recorded order (so a refused start then its retry replay as they were recorded); once all are
/// taken, the first match that made a run again (else the first match: a start only ever refused stays refused). A recorded input whose value was redacted matches any value. Thread-safe.
/// </summary>
internal sealed class ReplayBook
{
    private readonly Dictionary<string, List<RecordedRun>> _byProcess = new(StringComparer.Ordinal);
    private readonly HashSet<int> _taken = [];
    private readonly object _gate = new();
    private readonly KognitosReplay _settings;

    public ReplayBook(RecordingDocument recording, KognitosReplay settings)
    {
        Recording = recording;
        _settings = settings;
        foreach (var process in RecordingScenario.Processes(recording))
            _byProcess[Key(process.AgentId, process.Id)] = [];
        // A start whose answer was lost before the server made a run leaves nothing to replay.
        foreach (var run in recording.Runs.Where(r => r.StartError is not null || r.RunId is not null).OrderBy(r => r.Index))
            _byProcess[Key(run.AgentId, run.ProcessId)].Add(run);
    }

    public RecordingDocument Recording { get; }

    /// <summary>Whether the recording has the process (runs of others follow the scenario's plans).</summary>
    public bool Covers(string agentId, string processId) => _byProcess.ContainsKey(Key(agentId, processId));

    public ReplayOutcome Match(StartRunRequest request, IReadOnlyList<string> fileNames)
    {
        var runs = _byProcess[Key(request.AgentId, request.ProcessId)];
        var candidates = new List<(RecordedRun Run, List<ErrorDetail> Differences)>();
        foreach (var run in runs)
            candidates.Add((run, Differences(run, request, fileNames)));

        lock (_gate)
        {
            var matching = candidates.Where(c => c.Differences.Count == 0).Select(c => c.Run).ToList();
            var chosen = matching.FirstOrDefault(r => !_taken.Contains(r.Index)) ?? matching.FirstOrDefault(r => r.StartError is null) ?? matching.FirstOrDefault();
            if (chosen is not null)
            {
                _taken.Add(chosen.Index);
                return new ReplayOutcome(chosen, chosen.StartError, null, []);
            }
        }

        if (candidates.Count == 0)
            return new ReplayOutcome(null, null, $"The recording has no run of process '{request.ProcessId}' to replay", []);
        var closest = candidates.OrderBy(c => c.Differences.Count).ThenBy(c => c.Run.Index).First();
        var names = string.Join(", ", closest.Differences.Select(d => d.Field));
        return new ReplayOutcome(null, null,
            $"No recorded run matches this start; the closest is recorded run {closest.Run.Index} ('{closest.Run.Name}'), which differs in {names}",
            closest.Differences);
    }

    private List<ErrorDetail> Differences(RecordedRun run, StartRunRequest request, IReadOnlyList<string> fileNames)
    {
        var differences = new List<ErrorDetail>();
        if (!string.Equals(run.Stage, request.Stage, StringComparison.OrdinalIgnoreCase))
            differences.Add(new ErrorDetail("stage", $"recorded {run.Stage}, got {request.Stage}"));
        if (_settings.Match == ReplayMatch.ProcessOnly)
            return differences;

        var recorded = run.Inputs.GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        var sent = request.Inputs.GroupBy(i => i.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Value, StringComparer.Ordinal);
        foreach (var name in recorded.Keys.Union(sent.Keys).Order(StringComparer.Ordinal))
        {
            if (_settings.IgnoredInputs.Contains(name))
                continue;
            var has = recorded.TryGetValue(name, out var was);
            var gets = sent.TryGetValue(name, out var now);
            if (has && IsRedacted(was))
                continue;
            if (has && gets && JsonElement.DeepEquals(was, now))
                continue;
            differences.Add(new ErrorDetail($"inputs.{name}", $"recorded {Show(has, was)}, got {Show(gets, now)}"));
        }

        var recordedFiles = run.Files.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        var sentFiles = fileNames.Order(StringComparer.Ordinal).ToList();
        if (!recordedFiles.SequenceEqual(sentFiles, StringComparer.Ordinal))
            differences.Add(new ErrorDetail("file_ids", $"recorded files [{string.Join(", ", recordedFiles)}], got [{string.Join(", ", sentFiles)}]"));
        return differences;
    }

    private static bool IsRedacted(JsonElement value) =>
        value.ValueKind == JsonValueKind.String && value.GetString() == RecordingRedaction.Replacement;

    private static string Show(bool present, JsonElement value)
    {
        if (!present)
            return "nothing";
        var text = value.ValueKind == JsonValueKind.Undefined ? "null" : value.GetRawText();
        return text.Length <= 60 ? text : text[..59] + "…";
    }

    private static string Key(string agentId, string processId) => agentId + "/" + processId;

    /// <summary>The process a matched recorded run plays: its recorded timings and outputs in place of the plan's.</summary>
    public static CompiledProcess Playing(CompiledProcess process, RecordedRun run)
    {
        var timeline = RecordedTimeline.Of(run);
        var outputs = (run.Outputs ?? []).Select(o => OutputTemplate.Literal(o.Name,
            o.Value.ValueKind == JsonValueKind.Undefined ? JsonElements.Null : o.Value)).ToList();
        return process with
        {
            Schedule = new RunSchedule(timeline.CreatedMs, timeline.PendingMs, timeline.RunningMs, timeline.TerminalStatus),
            Outputs = outputs,
            OutputsFor = null,
        };
    }
}
