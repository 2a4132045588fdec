using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen.Emulator;

/// <summary>The Kognitos v2 wire format: snake_case names, nulls written (the docs show <c>"file_ids": null</c>).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(HealthResponse))]
[JsonSerializable(typeof(ProcessResource))]
[JsonSerializable(typeof(RunResource))]
[JsonSerializable(typeof(ListResponse<ProcessResource>))]
[JsonSerializable(typeof(ListResponse<RunResource>))]
[JsonSerializable(typeof(FileResource))]
[JsonSerializable(typeof(ErrorModel))]
[JsonSerializable(typeof(GatewayErrorBody))]
internal sealed partial class WireJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The context the handlers use: like <see cref="Default"/>, but without escaping quotes, apostrophes and '+'
    /// as \u0022-style sequences, so error messages stay readable in curl output.
    /// </summary>
    public static WireJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
