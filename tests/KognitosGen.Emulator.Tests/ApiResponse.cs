using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>A raw HTTP answer: status, headers, body text and, when the body is JSON, its root element.</summary>
internal sealed record ApiResponse(HttpStatusCode Status, HttpResponseHeaders Headers, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string? String(string property) => Json.GetProperty(property).GetString();
}
