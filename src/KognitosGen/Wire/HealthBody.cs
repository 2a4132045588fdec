using System;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>Recognises a health answer in an error status: a JSON object with a string <c>status</c>.</summary>
internal static class HealthBody
{
    /// <summary>Whether an answer of <paramref name="status"/> (5xx) carries <c>{"status": "..."}</c>.</summary>
    public static bool SaysStatus(int status, ReadOnlyMemory<byte> body)
    {
        if (status < 500 || body.IsEmpty)
            return false;
        try
        {
            var reader = new Utf8JsonReader(body.Span);
            using var document = JsonDocument.ParseValue(ref reader);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("status", out var said)
                && said.ValueKind == JsonValueKind.String
                && said.GetString() is { Length: > 0 };
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
