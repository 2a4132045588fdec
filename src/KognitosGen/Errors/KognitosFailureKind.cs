namespace KognitosGen;

/// <summary>What went wrong in a call to the Kognitos API.</summary>
public enum KognitosFailureKind
{
    /// <summary>The server answered with a non-success HTTP status.</summary>
    HttpError,

    /// <summary>No response arrived: the connection failed or was dropped.</summary>
    Network,

    /// <summary>No response arrived within the per-request timeout.</summary>
    Timeout,

    /// <summary>A success status arrived with a body that is not the expected JSON.</summary>
    InvalidResponse,

    /// <summary>The response body exceeded <see cref="KognitosClientOptions.MaxResponseBytes"/>.</summary>
    ResponseTooLarge,
}
