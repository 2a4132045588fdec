using System.Collections.Generic;
using System.Linq;
using KognitosGen.Cli.Output;
using KognitosGen.Cli.SchemaLock;
using static KognitosGen.Cli.Export.ExportVariables;

namespace KognitosGen.Cli.Export;

/// <summary>
/// The requests both exports hold: every v2 endpoint with variables, then one "start run" per process of the lock
/// with its own IDs. (The presigned upload of step 2 of the file flow has a per-file URL, so it is not a fixed request.)
/// </summary>
internal static class ApiRequestCatalog
{
    public const string EndpointsFolder = "Kognitos API v2";
    public const string ProcessesFolder = "Start a run of each process";

    public static List<ApiRequest> For(SchemaLockFile? schemaLock)
    {
        var agent = Placeholder(AgentId);
        var process = Placeholder(ProcessId);
        List<ApiRequest> requests =
        [
            new(EndpointsFolder, "Get health", "GET", "/v2/health", [], null, "GET /v2/health: {\"status\": \"OK\"} when the API is up."),
            new(EndpointsFolder, "List processes", "GET", "/v2/processes", [new("agent_id", agent), new("limit", "100")], null,
                "The agent's processes, a page at a time (pass continuation_token for the next)."),
            new(EndpointsFolder, "Get process", "GET", "/v2/processes/" + process, [new("agent_id", agent)], null, "One process of the agent."),
            new(EndpointsFolder, "List runs", "GET", "/v2/runs", [new("process_id", process), new("agent_id", agent), new("limit", "10")], null,
                "The process's runs, newest first."),
            new(EndpointsFolder, "Start a run", "POST", "/v2/runs", [], StartRunBody("Started from an exported request", process, agent, Placeholder(ProcessStage)),
                "Starts a run of {{process_id}}. Inputs cannot be read from the API: add {\"name\", \"value\"} items to inputs."),
            new(EndpointsFolder, "Get run", "GET", "/v2/runs/" + Placeholder(RunId), [], null, "A run's status, and its outputs once it has succeeded. Set run_id first."),
            new(EndpointsFolder, "Create file upload", "POST", "/v2/files", [], Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("file_name", "example.pdf");
                w.WriteString("agent_id", agent);
                w.WriteEndObject();
            }), "Step 1 of a file upload: the answer names the presigned upload_url and upload_fields for step 2."),
        ];

        foreach (var lockedAgent in schemaLock?.Agents ?? [])
        {
            foreach (var locked in lockedAgent.Processes)
            {
                requests.Add(new(ProcessesFolder, $"Start \"{locked.Name}\"", "POST", "/v2/runs", [],
                    StartRunBody(locked.Name.Length <= 100 ? locked.Name : locked.Name[..100], locked.Id, lockedAgent.Id, locked.Stage),
                    $"Starts process {locked.Id} of agent {lockedAgent.Id} ({locked.Stage}). Inputs cannot be read from the API: add {{\"name\", \"value\"}} items to inputs."
                    + (locked.Outputs.Count > 0 ? " Outputs seen: " + string.Join(", ", locked.Outputs.Select(o => o.Name)) + "." : "")));
            }
        }

        return requests;
    }

    private static string StartRunBody(string name, string processId, string agentId, string stage) => Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("name", name);
        w.WriteString("process_id", processId);
        w.WriteString("agent_id", agentId);
        w.WriteString("stage", stage);
        w.WriteStartArray("inputs");
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private static string Json(System.Action<System.Text.Json.Utf8JsonWriter> write) => JsonOutput.Render(write);
}
