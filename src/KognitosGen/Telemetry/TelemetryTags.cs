namespace KognitosGen.Telemetry;

/// <summary>
/// The tag names of KognitosGen's activities and metrics: OpenTelemetry's where one exists (<c>error.type</c>,
/// <c>http.*</c>), <c>kognitos.*</c> for the rest. Values are IDs, statuses and error kinds only: never the API key,
/// input or output values, or run names (user text).
/// </summary>
internal static class TelemetryTags
{
    public const string ErrorType = "error.type";
    public const string HttpMethod = "http.request.method";
    public const string HttpStatusCode = "http.response.status_code";
    public const string Operation = "kognitos.operation";
    public const string AgentId = "kognitos.agent_id";
    public const string ProcessId = "kognitos.process_id";
    public const string Stage = "kognitos.stage";
    public const string RunId = "kognitos.run_id";
    public const string RunStatus = "kognitos.run_status";
    public const string Recovery = "kognitos.recovery";
}
