using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Wire;

/// <summary>
/// Writes the <c>POST /v2/runs</c> body of a typed process straight to UTF-8, inputs from generated code, into a
/// pooled buffer the request is sent from.
/// </summary>
internal static class RunRequestWriter
{
    private static readonly JsonEncodedText NameProperty = JsonEncodedText.Encode("name");
    private static readonly JsonEncodedText ProcessIdProperty = JsonEncodedText.Encode("process_id");
    private static readonly JsonEncodedText AgentIdProperty = JsonEncodedText.Encode("agent_id");
    private static readonly JsonEncodedText StageProperty = JsonEncodedText.Encode("stage");
    private static readonly JsonEncodedText InputsProperty = JsonEncodedText.Encode("inputs");
    private static readonly JsonEncodedText FileIdsProperty = JsonEncodedText.Encode("file_ids");
    private static readonly JsonEncodedText Published = JsonEncodedText.Encode("Published");
    private static readonly JsonEncodedText Draft = JsonEncodedText.Encode("Draft");

    // What is written here and by the converters is well formed by construction: the writer need not check each call.
    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    // One writer per thread, pointed at each new body: a new Utf8JsonWriter costs more than the body it writes.
    [ThreadStatic]
    private static Utf8JsonWriter? _cached;

    /// <summary>The body; the caller sends it from <see cref="PooledBufferWriter.Written"/> and then disposes or abandons it.</summary>
    public static PooledBufferWriter Write(string name, string processId, string agentId, KognitosStage stage, IKognitosProcess process, IReadOnlyList<string> fileIds)
    {
        var stageText = StageName(stage);
        var body = new PooledBufferWriter();

        // Taken off the thread while in use, so a nested call (never expected) gets its own.
        var writer = _cached ?? new Utf8JsonWriter(body, WriterOptions);
        _cached = null;
        writer.Reset(body);
        writer.WriteStartObject();
        writer.WriteString(NameProperty, name);
        writer.WriteString(ProcessIdProperty, processId);
        writer.WriteString(AgentIdProperty, agentId);
        writer.WriteString(StageProperty, stageText);
        if (process.Descriptor.InputNames.Count > 0)
        {
            writer.WriteStartArray(InputsProperty);
            process.WriteInputs(writer);
            writer.WriteEndArray();
        }

        if (fileIds.Count > 0)
        {
            writer.WriteStartArray(FileIdsProperty);
            foreach (var id in fileIds)
                writer.WriteStringValue(id);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        _cached = writer;
        return body;
    }

    public static string StageText(KognitosStage stage) => StageName(stage).Value;

    private static JsonEncodedText StageName(KognitosStage stage) => stage switch
    {
        KognitosStage.Published => Published,
        KognitosStage.Draft => Draft,
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown Kognitos stage."),
    };
}
