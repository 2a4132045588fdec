using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace KognitosGen.Emulator;

/// <summary>
/// The emulator's own JSON (scenario files, admin routes): camelCase, strict about unknown members so a
/// typo in a scenario is an error rather than a silent default.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    WriteIndented = true)]
[JsonSerializable(typeof(EmulatorScenario))]
[JsonSerializable(typeof(FaultSettings))]
[JsonSerializable(typeof(EmulatorCountersSnapshot))]
[JsonSerializable(typeof(AdminError))]
internal sealed partial class EmulatorJsonContext : JsonSerializerContext
{
    /// <summary>For admin responses (which hold no enums): camelCase, indented, quotes left unescaped.</summary>
    public static EmulatorJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
