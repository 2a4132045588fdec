using System;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>How the web UI writes times, JSON values and sizes.</summary>
internal static class WebUiFormat
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss.fff", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>The value for a <c>datetime-local</c> input.</summary>
    public static string TimeInput(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    public static string Json(JsonElement value, bool indented = false)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Indented : Compact))
            value.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>Inputs or outputs as the wire writes them: <c>[{"name": ..., "value": ...}]</c>, indented.</summary>
    public static string NameValues(System.Collections.Generic.IReadOnlyList<NameValue> values)
    {
        using var stream = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, Indented))
        {
            writer.WriteStartArray();
            foreach (var value in values)
            {
                writer.WriteStartObject();
                writer.WriteString("name", value.Name);
                writer.WritePropertyName("value");
                value.Value.WriteTo(writer);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>A JSON value's type as a person names it (true and false are one type).</summary>
    public static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True or JsonValueKind.False => "Boolean",
        var kind => kind.ToString(),
    };

    public static string Shorten(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    public static string Size(long bytes) => bytes < 1024
        ? bytes.ToString(CultureInfo.InvariantCulture) + " B"
        : (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KiB";

    public static string Ms(double ms) => ms.ToString("0", CultureInfo.InvariantCulture) + " ms";
}
