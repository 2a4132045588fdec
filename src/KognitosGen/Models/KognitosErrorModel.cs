using System.Text.Json;

namespace KognitosGen;

/// <summary>The API's error body, <c>{status_code, message, details}</c>.</summary>
public sealed class KognitosErrorModel
{
    private readonly string _message = "";

    /// <summary>The HTTP status code the body repeats.</summary>
    public int StatusCode { get; init; }

    /// <summary>The error message.</summary>
    public string Message
    {
        get => _message;
        init => _message = value ?? "";
    }

    /// <summary>The optional list of details, raw: its item shape is not documented.</summary>
    public JsonElement? Details { get; init; }
}
