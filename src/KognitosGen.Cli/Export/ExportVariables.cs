using System.Collections.Generic;
using System.Linq;
using KognitosGen.Cli.SchemaLock;
using ProcessStageNames = KognitosGen.SourceGenerators.SchemaLockFormat.ProcessStageNames;

namespace KognitosGen.Cli.Export;

/// <summary>
/// The variables the exports use, with starting values from the lock; the API key is always left empty. The
/// variables requests set from answers (<see cref="ApiRequest.Captures"/>) are not among them: they have no starting value.
/// </summary>
internal static class ExportVariables
{
    public const string BaseUrl = "base_url";
    public const string ApiKey = "api_key";
    public const string AgentId = "agent_id";
    public const string ProcessId = "process_id";
    public const string ProcessStage = "process_stage";
    public const string RunId = "run_id";
    public const string FileId = "file_id";
    public const string UploadUrl = "upload_url";

    public static List<KeyValuePair<string, string>> Initial(string baseUrl, SchemaLockFile? schemaLock)
    {
        var agent = schemaLock?.Agents.FirstOrDefault(a => a.Processes.Count > 0) ?? schemaLock?.Agents.FirstOrDefault();
        var process = agent?.Processes.FirstOrDefault();
        return
        [
            new(BaseUrl, baseUrl),
            new(ApiKey, ""),
            new(AgentId, agent?.Id ?? ""),
            new(ProcessId, process?.Id ?? ""),
            new(ProcessStage, process?.Stage ?? ProcessStageNames.Published),
        ];
    }

    public static string Placeholder(string name) => "{{" + name + "}}";
}
