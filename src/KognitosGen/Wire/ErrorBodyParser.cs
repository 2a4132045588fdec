using System;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Reads an error body leniently: the documented ErrorModel, then a FastAPI-style <c>{"detail": ...}</c>, then
/// any object with a <c>message</c>. Anything else (an HTML page from a proxy, say) yields null.
/// </summary>
internal static class ErrorBodyParser
{
    public static KognitosErrorModel? TryParse(ReadOnlySpan<byte> body, int statusCode)
    {
        if (body.IsEmpty)
            return null;
        try
        {
            var reader = new Utf8JsonReader(body);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return null;

            JsonElement? details = root.TryGetProperty("details", out var d) && d.ValueKind != JsonValueKind.Null ? d.Clone() : null;
            var code = root.TryGetProperty("status_code", out var c) && c.ValueKind == JsonValueKind.Number && c.TryGetInt32(out var n) ? n : statusCode;

            if (root.TryGetProperty("message", out var message) && message.ValueKind == JsonValueKind.String)
                return new KognitosErrorModel { StatusCode = code, Message = message.GetString() ?? "", Details = details };

            if (root.TryGetProperty("detail", out var detail))
            {
                return detail.ValueKind == JsonValueKind.String
                    ? new KognitosErrorModel { StatusCode = code, Message = detail.GetString() ?? "" }
                    : new KognitosErrorModel { StatusCode = code, Message = "Invalid input values", Details = detail.Clone() };
            }

            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
