using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace KognitosGen.Cli.Output;

/// <summary>Writes the JSON of <c>--json</c> and of exported files: indented, LF line ends, readable non-ASCII.</summary>
internal static class JsonOutput
{
    public static readonly JsonWriterOptions Indented = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonWriterOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(Action<Utf8JsonWriter> write, JsonWriterOptions? options = null)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options ?? Indented))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    public static void Write(TextWriter output, Action<Utf8JsonWriter> write) => output.WriteLine(Render(write));

    /// <summary>A string as a JSON (and JavaScript) string literal, quotes included.</summary>
    public static string Quoted(string text) => JsonSerializer.Serialize(text, CliJsonContext.Default.String);

    /// <summary>A value as compact JSON (one line, no insignificant whitespace).</summary>
    public static string CompactOf(JsonElement value) => Render(value.WriteTo, Compact);
}
