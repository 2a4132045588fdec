using System.Collections.Generic;
using System.Linq;
using KognitosGen.Cli.Output;
using KognitosGen.Cli.SchemaLock;
using static KognitosGen.Cli.Export.ExportVariables;

namespace KognitosGen.Cli.Export;

/// <summary>
/// The requests both exports hold: every v2 endpoint with variables, then one "start run" per process of the lock
/// with its own IDs. Requests whose answers later ones need keep them in variables: the started run's ID in
/// <c>run_id</c>, the presigned upload's URL and fields for step 2 of the file flow.
/// </summary>
internal static class ApiRequestCatalog
{
    public const string EndpointsFolder = "Kognitos API v2";
    public const string ProcessesFolder = "Start a run of each process";

    /// <summary>The form fields of a presigned upload, as the API documents them (upload_fields).</summary>
    public static readonly string[] UploadFieldNames = ["key", "AWSAccessKeyId", "x-amz-security-token", "policy", "signature", "Content-Type"];

    /// <summary>The form part a presigned POST takes the file from.</summary>
    public const string UploadFilePart = "file";

    /// <summary>What the upload step sends as the file: the requests demonstrate the flow; a real file replaces it.</summary>
    public const string UploadFileText = "Uploaded from the exported requests.";

    // The start's status is not documented (201 is likely); any of these means the run exists.
    private static readonly int[] StartStatuses = [200, 201];

    /// <summary>The variable a form field of the presigned upload is kept in: <c>x-amz-security-token</c> → <c>upload_field_x_amz_security_token</c>.</summary>
    public static string UploadFieldVariable(string field) =>
        "upload_field_" + new string(field.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

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
                "Starts a run of {{process_id}} and keeps its ID in run_id. Inputs cannot be read from the API: add {\"name\", \"value\"} items to inputs.")
            {
                ExpectedStatuses = StartStatuses,
                Captures = [new(RunId, ["id"])],
            },
            new(EndpointsFolder, "Get run", "GET", "/v2/runs/" + Placeholder(RunId), [], null,
                "A run's status, and its outputs once it has succeeded: the run \"Start a run\" started (run_id)."),
            new(EndpointsFolder, "Create file upload", "POST", "/v2/files", [], Json(w =>
            {
                w.WriteStartObject();
                w.WriteString("file_name", "example.pdf");
                w.WriteString("agent_id", agent);
                w.WriteEndObject();
            }), "Step 1 of a file upload: the answer's id is the file ID for file_ids; upload_url and upload_fields are kept for step 2.")
            {
                ExpectedStatuses = [201],
                Captures = [new(FileId, ["id"]), new(UploadUrl, ["upload_url"]), .. UploadFieldNames.Select(f => new ResponseCapture(UploadFieldVariable(f), ["upload_fields", f]))],
            },
            new(EndpointsFolder, "Upload the file", "POST", "", [], null,
                "Step 2 of a file upload: a multipart POST of upload_fields and then the file to the presigned upload_url (never with the API key).")
            {
                // A presigned POST answers 204 unless its fields ask for 200 or 201.
                ExpectedStatuses = [200, 201, 204],
                UploadFields = UploadFieldNames.Select(f => new KeyValuePair<string, string>(f, Placeholder(UploadFieldVariable(f)))).ToList(),
            },
        ];

        foreach (var lockedAgent in schemaLock?.Agents ?? [])
        {
            foreach (var locked in lockedAgent.Processes)
            {
                requests.Add(new(ProcessesFolder, $"Start \"{locked.Name}\"", "POST", "/v2/runs", [],
                    StartRunBody(locked.Name.Length <= 100 ? locked.Name : locked.Name[..100], locked.Id, lockedAgent.Id, locked.Stage),
                    $"Starts process {locked.Id} of agent {lockedAgent.Id} ({locked.Stage}). Inputs cannot be read from the API: add {{\"name\", \"value\"}} items to inputs."
                    + (locked.Outputs.Count > 0 ? " Outputs seen: " + string.Join(", ", locked.Outputs.Select(o => o.Name)) + "." : ""))
                {
                    ExpectedStatuses = StartStatuses,
                });
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
