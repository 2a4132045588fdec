namespace KognitosGen.Emulator;

/// <summary>The body of 401, 403, 429 and 5xx answers, which an API gateway or proxy may write rather than Kognitos.</summary>
public enum ErrorBodyForm
{
    /// <summary>An <c>ErrorModel</c> (the default).</summary>
    ErrorModel,

    /// <summary>An API gateway's <c>{"message": "Unauthorized"}</c>.</summary>
    GatewayMessage,

    /// <summary>Plain text, <c>text/plain</c>.</summary>
    PlainText,

    /// <summary>A proxy's HTML page, <c>text/html</c>.</summary>
    Html,
}
