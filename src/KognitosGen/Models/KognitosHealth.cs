namespace KognitosGen;

/// <summary>The body of <c>GET /v2/health</c>.</summary>
public sealed class KognitosHealth
{
    private readonly string _status = "";

    /// <summary>The reported status; <c>"OK"</c> when the API is healthy.</summary>
    public string Status
    {
        get => _status;
        init => _status = value ?? "";
    }

    /// <summary>Whether <see cref="Status"/> is <c>"OK"</c> (compared without regard to case).</summary>
    public bool IsHealthy => string.Equals(Status, "OK", System.StringComparison.OrdinalIgnoreCase);
}
