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
    /// Whether the server may have acted on the request (created a run or a file), so that sending it again could do
    /// it twice. False when the server said it did not: a refusal (429, 503), any other definitive answer (400, 401,
    /// 403, 404, 409, 422 ...), or a failure that proves the request never left (a refused connection, a failed name
    /// lookup or TLS handshake). True when the answer was lost or is ambiguous: no response after the request was
    /// sent (a dropped connection, a timeout), a 500, a gateway's 502 or 504, or a success status whose body could
    /// not be read (the server did act). A run start that failed with this true may have created the run.
    /// </summary>
    public bool RequestMayHaveBeenProcessed { get; }

    /// <summary>This failure with another message (the same properties and inner exception).</summary>
    internal KognitosApiException WithMessage(string message) =>
        new(message, Kind, Method, Path, StatusCode, RawBody, Error, RetryAfter, RequestMayHaveBeenProcessed, InnerException);
}
