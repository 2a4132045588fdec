namespace KognitosGen;

/// <summary>The body of <c>POST /v2/files</c>.</summary>
public sealed class KognitosCreateFileRequest
{
    /// <summary>The name of the file to upload, 1 to 256 characters.</summary>
    public string FileName { get; init; } = "";

    /// <summary>The agent the file is for; may be omitted with an agent-scoped key.</summary>
    public string? AgentId { get; init; }
}
