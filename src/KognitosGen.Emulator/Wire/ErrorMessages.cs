namespace KognitosGen.Emulator;

/// <summary>The documented error messages, plus the emulator's wording for undocumented cases.</summary>
internal static class ErrorMessages
{
    public const string InvalidInput = "Invalid input values";
    public const string AgentNotFound = "The specified agent was not found";
    public const string ProcessOrAgentNotFound = "The specified process or agent was not found";
    public const string ReferencedResourceNotFound = "A referenced resource was not found";
    public const string RunNotFound = "The specified run was not found";

    // Undocumented: the account docs quote "access not permitted" for a bad key.
    public const string AccessNotPermitted = "access not permitted";
    public const string AgentForbidden = "The API key is not permitted to access the specified agent";
    public const string TooManyRequests = "Too Many Requests";
    public const string ServiceUnavailable = "Service Unavailable";
    public const string NotFound = "Not Found";
    public const string MethodNotAllowed = "Method Not Allowed";

    // Documented wording of the concurrency limit (platform capacities, FAQ #7).
    public const string ResourceNotAvailable = "Resource Not Available";
}
