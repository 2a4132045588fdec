using System;
using System.Text.Json;

namespace KognitosGen;

/// <summary>
/// A call to the Kognitos API failed. Carries what the server said (status, <see cref="KognitosErrorModel"/>
/// message and details, raw body) and what was asked (method, path). It never carries the API key.
/// </summary>
public sealed class KognitosApiException : Exception
{
    internal KognitosApiException(
        string message,
        KognitosFailureKind kind,
        string method,
        string path,
        int statusCode = 0,
        string? rawBody = null,
        KognitosErrorModel? error = null,
        TimeSpan? retryAfter = null,
        bool requestMayHaveBeenProcessed = true,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
        Method = method;
        Path = path;
        StatusCode = statusCode;
        RawBody = rawBody;
        Error = error;
        RetryAfter = retryAfter;
        RequestMayHaveBeenProcessed = requestMayHaveBeenProcessed;
    }

    /// <summary>What kind of failure this is.</summary>
    public KognitosFailureKind Kind { get; }

    /// <summary>The HTTP method of the failed request.</summary>
    public string Method { get; }

    /// <summary>The path of the failed request, without its query string.</summary>
    public string Path { get; }

    /// <summary>The HTTP status code, or 0 when no response arrived.</summary>
    public int StatusCode { get; }

    /// <summary>The response body as received (cut at the size cap), or null when there was none.</summary>
    public string? RawBody { get; }

    /// <summary>The error body, when the server sent one in a shape this client reads.</summary>
    public KognitosErrorModel? Error { get; }

    /// <summary>The server's error message, when it sent one.</summary>
    public string? ErrorMessage => Error?.Message;

    /// <summary>The server's error details, raw, when it sent any.</summary>
    public JsonElement? Details => Error?.Details;

    /// <summary>How long the server asked the client to wait (<c>Retry-After</c>), when it did.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>
    /// False only when the request certainly did not reach the server (for example, the connection was
    /// refused). A run start that failed with this true may have created the run.
    /// </summary>
    public bool RequestMayHaveBeenProcessed { get; }
}
