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
    private readonly Dictionary<int, Dictionary<string, JsonElement>> _inputsByRun = [];
    private readonly HashSet<int> _taken = [];
    private readonly object _gate = new();
    private readonly KognitosReplay _settings;

    public ReplayBook(RecordingDocument recording, KognitosReplay settings)
    {
        Recording = recording;
        _settings = settings;
        foreach (var process in RecordingScenario.Processes(recording))
            _byProcess[Key(process.AgentId, process.Id)] = [];
        foreach (var run in recording.Runs.OrderBy(r => r.Index))
        {
            _byProcess[Key(run.AgentId, run.ProcessId)].Add(run);
            _inputsByRun[run.Index] = ByName(run.Inputs.Select(i => (i.Name, i.Value)));
        }
    }

    public RecordingDocument Recording { get; }

    /// <summary>Whether the recording has the process (runs of others follow the scenario's plans).</summary>
    public bool Covers(string agentId, string processId) => _byProcess.ContainsKey(Key(agentId, processId));

    public ReplayOutcome Match(StartRunRequest request, IReadOnlyList<string> fileNames)
    {
        var runs = _byProcess[Key(request.AgentId, request.ProcessId)];
        var sent = ByName(request.Inputs.Select(i => (i.Name, i.Value)));
        var sentFiles = fileNames.Order(StringComparer.Ordinal).ToList();
        lock (_gate)
        {
            RecordedRun? again = null;
            foreach (var run in runs)
            {
                if (Differences(run, request.Stage, sent, sentFiles, stopAtFirst: true).Count > 0)
                    continue;
                if (_taken.Add(run.Index))
                    return new ReplayOutcome(run, Refusal(run), null, []);
                if (again is null || (Refusal(again) is not null && Refusal(run) is null))
                    again = run;
            }

            if (again is not null)
                return new ReplayOutcome(again, Refusal(again), null, []);
        }

        var candidates = runs.Select(run => (Run: run, Differences: Differences(run, request.Stage, sent, sentFiles, stopAtFirst: false))).ToList();
        if (candidates.Count == 0)
            return new ReplayOutcome(null, null, $"The recording has no run of process '{request.ProcessId}' to replay", []);
        var closest = candidates.OrderBy(c => c.Differences.Count).ThenBy(c => c.Run.Index).First();
        var names = string.Join(", ", closest.Differences.Select(d => d.Field));
        return new ReplayOutcome(null, null,
            $"No recorded run matches this start; the closest is recorded run {closest.Run.Index} ('{closest.Run.Name}'), which differs in {names}",
            closest.Differences);
    }

    private List<ErrorDetail> Differences(RecordedRun run, string stage, Dictionary<string, JsonElement> sent, List<string> sentFiles, bool stopAtFirst)
    {
        var differences = new List<ErrorDetail>();
        if (!string.Equals(run.Stage, stage, StringComparison.OrdinalIgnoreCase))
            differences.Add(new ErrorDetail("stage", $"recorded {run.Stage}, got {stage}"));
        if (_settings.Match == ReplayMatch.ProcessOnly || (stopAtFirst && differences.Count > 0))
            return differences;

        var recorded = _inputsByRun[run.Index];
        IEnumerable<string> names = stopAtFirst ? recorded.Keys.Concat(sent.Keys) : recorded.Keys.Union(sent.Keys).Order(StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (stopAtFirst && differences.Count > 0)
                return differences;
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

        if (run.Files.Count == 0 && sentFiles.Count == 0)
            return differences;
        var recordedFiles = run.Files.Select(f => f.Name).Order(StringComparer.Ordinal).ToList();
        if (!recordedFiles.SequenceEqual(sentFiles, StringComparer.Ordinal))
            differences.Add(new ErrorDetail("file_ids", $"recorded files [{string.Join(", ", recordedFiles)}], got [{string.Join(", ", sentFiles)}]"));
        return differences;
    }

    // A start refused with an answer, or whose connection dropped before the server made a run (no run of its name
    // turned up later): the replay refuses or drops it the same way.
    private static RecordedError? Refusal(RecordedRun run) => run.StartError
        ?? (run.RunId is null && run.StartStatusCode == 0
            ? new RecordedError(run.StartedAtMs, "POST", "/v2/runs", 0, new Dictionary<string, string>(), string.Empty)
            : null);

    // The first value of each name wins, as the emulator's output echoes read inputs.
    private static Dictionary<string, JsonElement> ByName(IEnumerable<(string Name, JsonElement Value)> values)
    {
        var byName = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var (name, value) in values)
            byName.TryAdd(name, value);
        return byName;
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
