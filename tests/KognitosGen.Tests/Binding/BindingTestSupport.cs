using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using KognitosGen.Binding;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Binding;

internal delegate bool TryRead<T>(ref Utf8JsonReader reader, out T value);

public enum Color
{
    Red,
    DarkBlue,
}

public sealed record Address(string Street, int Number);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Address))]
internal sealed partial class BindingTestJson : JsonSerializerContext
{
}

internal static class BindingTestSupport
{
    /// <summary>A reader over <paramref name="json"/>, on its first token.</summary>
    public static Utf8JsonReader At(string json)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(json));
        Assert.True(reader.Read());
        return reader;
    }

    /// <summary>Runs <paramref name="read"/> on <paramref name="json"/>; a true return must leave the reader on the value's last token.</summary>
    public static (bool Ok, T Value) Read<T>(TryRead<T> read, string json)
    {
        var reader = At(json);
        var ok = read(ref reader, out var value);
        if (ok)
            Assert.False(reader.Read(), "the reader should be on the value's last token");
        return (ok, value);
    }

    /// <summary>Writes one value with <paramref name="write"/>, as a default writer does.</summary>
    public static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            write(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>A run read from <paramref name="body"/> the way the client reads one.</summary>
    public static KognitosRun Run(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var run = JsonSerializer.Deserialize(bytes, KognitosJsonContext.Default.KognitosRun)!;
        return new KognitosRun
        {
            Id = run.Id,
            Name = run.Name,
            ProcessId = run.ProcessId,
            AgentId = run.AgentId,
            Stage = run.Stage,
            StatusText = run.StatusText,
            CreatedAtText = run.CreatedAtText,
            FileIds = run.FileIds,
            OutputsOrNull = run.OutputsOrNull,
            RawUtf8 = bytes,
        };
    }

    /// <summary>
    /// A run read the way the client reads one (outputs checked and indexed, not built) from a body with the given
    /// outputs array JSON; binding it takes the index instead of walking the array.
    /// </summary>
    public static KognitosRun ClientRunWithOutputs(string outputsJson)
    {
        var body = Encoding.UTF8.GetBytes($$"""{"id":"r1","name":"Invoice","process_id":"p1","status":"Succeeded","outputs":{{outputsJson}}}""");
        var run = RunReader.ReadRun(body)!;
        Assert.NotNull(run.PendingOutputs);
        return run;
    }

    /// <summary>
    /// A run whose response body has the given outputs array JSON (no "outputs" member when null). Only the raw body
    /// is set, so outputs the typed model could not read (items that are not objects, numeric names) can be used.
    /// </summary>
    public static KognitosRun RunWithOutputs(string? outputsJson)
    {
        var body = outputsJson is null
            ? """{"id":"r1","name":"Invoice","process_id":"p1","status":"Succeeded"}"""
            : $$"""{"id":"r1","name":"Invoice","process_id":"p1","status":"Succeeded","outputs":{{outputsJson}}}""";
        return new KognitosRun { Id = "r1", Name = "Invoice", ProcessId = "p1", StatusText = "Succeeded", RawUtf8 = Encoding.UTF8.GetBytes(body) };
    }

    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    public static KognitosOutputSchema Schema(params string[] factNames) =>
        new(factNames, factNames.Select(_ => "decimal").ToArray(), new bool[factNames.Length]);
}

/// <summary>What one pass of <see cref="KognitosOutputReader"/> over a run found, copied out of the reader.</summary>
internal sealed class Bound
{
    public required KognitosOutputMatchState[] States { get; init; }

    /// <summary>The JSON text of each value bound; null where none was (missing, ambiguous).</summary>
    public required IReadOnlyList<string?> Values { get; init; }

    public required IReadOnlyList<KognitosBindingError> Errors { get; init; }

    public required string OutputsJson { get; init; }

    public static Bound Of(KognitosOutputSchema schema, KognitosRun run)
    {
        var outputs = schema.Read(run, stackalloc byte[schema.Count]);
        var elements = new JsonElement[schema.Count];
        while (outputs.MoveNext())
            outputs.ReadValue(KognitosConverters.JsonElement, ref elements[outputs.Fact]);

        IReadOnlyList<KognitosBindingError> errors = [];
        try
        {
            outputs.ThrowIfErrors();
        }
        catch (KognitosBindingException exception)
        {
            Assert.Same(run, exception.Run);
            errors = exception.Errors;
        }

        var states = new KognitosOutputMatchState[schema.Count];
        var values = new string?[schema.Count];
        for (var i = 0; i < schema.Count; i++)
        {
            states[i] = outputs.StateOf(i);
            values[i] = outputs.IsBound(i) ? elements[i].GetRawText() : null;
        }

        return new Bound { States = states, Values = values, Errors = errors, OutputsJson = Encoding.UTF8.GetString(outputs.Json) };
    }
}
