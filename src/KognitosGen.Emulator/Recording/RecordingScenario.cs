using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;

namespace KognitosGen.Recording;

/// <summary>
/// Turns a recording into an emulator scenario (its JSON form, see docs/emulator.md) a user can edit: the recorded
/// processes, each with the plan of its last recorded run that ended (timings and outputs, as literals), and the
/// variants the recording shows (status spelling, start code and first status, the guidance status).
/// </summary>
internal static class RecordingScenario
{
    /// <summary>The key the written scenario accepts; edit it, or pass the emulator keys of your own.</summary>
    public const string PlaceholderKey = "replay-key";

    public static JsonObject ToJson(RecordingDocument recording, bool withPlaceholderKey)
    {
        var agents = new JsonArray();
        foreach (var agent in Processes(recording).GroupBy(p => p.AgentId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var processes = new JsonArray();
            foreach (var process in agent.OrderBy(p => p.Id, StringComparer.Ordinal))
                processes.Add((JsonNode)Process(process, recording));
            agents.Add((JsonNode)new JsonObject { ["id"] = agent.Key, ["processes"] = processes });
        }

        var scenario = new JsonObject();
        if (withPlaceholderKey)
            scenario["apiKeys"] = new JsonArray(new JsonObject { ["key"] = PlaceholderKey });
        scenario["variants"] = Variants(recording);
        scenario["agents"] = agents;
        return scenario;
    }

    /// <summary>Every process of the recording, listed or started, once per agent and ID (the first stage seen).</summary>
    public static IReadOnlyList<RecordedProcess> Processes(RecordingDocument recording)
    {
        var seen = new Dictionary<(string, string), RecordedProcess>();
        foreach (var process in recording.Processes)
            seen.TryAdd((process.AgentId, process.Id), process);
        foreach (var run in recording.Runs)
            seen.TryAdd((run.AgentId, run.ProcessId), new RecordedProcess(run.AgentId, run.ProcessId, run.ProcessId, run.Stage));
        return seen.Values.ToList();
    }

    private static JsonObject Process(RecordedProcess process, RecordingDocument recording)
    {
        var runs = recording.Runs.Where(r => r.AgentId == process.AgentId && r.ProcessId == process.Id && r.StartError is null).ToList();
        var model = runs.LastOrDefault(r => r.Outputs is not null) ?? runs.LastOrDefault();
        var plan = new JsonObject();
        if (model is not null)
        {
            var timeline = RecordedTimeline.Of(model);
            plan["createdMs"] = timeline.CreatedMs;
            plan["pendingMs"] = timeline.PendingMs;
            plan["runningMs"] = timeline.RunningMs;
            plan["status"] = timeline.TerminalStatus;
            var outputs = new JsonObject();
            foreach (var output in model.Outputs ?? [])
                outputs[output.Name] = new JsonObject { ["$literal"] = JsonNode.Parse(output.Value.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "null" : output.Value.GetRawText()) };
            plan["outputs"] = outputs;
        }

        return new JsonObject
        {
            ["id"] = process.Id,
            ["name"] = process.Name,
            ["stage"] = process.Stage.Equals("draft", StringComparison.OrdinalIgnoreCase) ? "Draft" : "Published",
            ["run"] = plan,
        };
    }

    private static JsonObject Variants(RecordingDocument recording)
    {
        var started = recording.Runs.Where(r => r.StartError is null && r.StartStatusCode is >= 200 and < 300).ToList();
        var variants = new JsonObject
        {
            ["statusWords"] = RecordedStatusWords.Style(recording.Runs.SelectMany(r => r.Statuses).Select(s => s.Status)),
            // The recorded output names are the ones Kognitos returned: served as they are, never renamed again.
            ["outputNames"] = "AsScripted",
        };
        if (started.Count > 0)
        {
            var code = started.GroupBy(r => r.StartStatusCode).OrderByDescending(g => g.Count()).First().Key;
            if (code is 200 or 201 or 202)
                variants["runStartStatusCode"] = code;
            var first = started.Select(r => r.Statuses.FirstOrDefault()?.Status).FirstOrDefault(s => s is not null);
            if (first is not null && RecordedStatusWords.Canonical(first) == "Pending")
                variants["firstRunStatus"] = "Pending";
        }

        if (recording.Runs.SelectMany(r => r.Statuses).Any(s => RecordedStatusWords.Canonical(s.Status) == RecordedStatusWords.AwaitingGuidance))
            variants["runsAwaitGuidance"] = true;
        return variants;
    }
}
