using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace KognitosGen;

/// <summary>Writes the <c>POST /v2/runs</c> body of a typed process straight to UTF-8, inputs from generated code.</summary>
internal static class RunRequestWriter
{
    // One buffer and writer per thread, reused: a new Utf8JsonWriter over a stream allocates a 4 KiB buffer of its
    // own, several times the body. Only the returned array is allocated per body.
    [ThreadStatic]
    private static ReusableWriter? _cached;

    public static byte[] Write(string name, string processId, string agentId, KognitosStage stage, IKognitosProcess process, IReadOnlyList<string> fileIds)
    {
        // Taken off the thread while in use, so a nested call (never expected) gets its own.
        var reusable = _cached ?? new ReusableWriter();
        _cached = null;
        var buffer = reusable.Buffer;
        var writer = reusable.Writer;
        buffer.SetLength(0);
        writer.Reset(buffer);

        writer.WriteStartObject();
        writer.WriteString("name", name);
        writer.WriteString("process_id", processId);
        writer.WriteString("agent_id", agentId);
        writer.WriteString("stage", StageText(stage));
        if (process.Descriptor.InputNames.Count > 0)
        {
            writer.WriteStartArray("inputs");
            process.WriteInputs(writer);
            writer.WriteEndArray();
        }

        if (fileIds.Count > 0)
        {
            writer.WriteStartArray("file_ids");
            foreach (var id in fileIds)
                writer.WriteStringValue(id);
            writer.WriteEndArray();
        }

        writer.WriteEndObject();
        writer.Flush();
        var body = buffer.ToArray();

        // A buffer grown by an unusually large body is let go rather than kept for the thread's lifetime.
        if (buffer.Capacity <= ReusableWriter.MaxKeptCapacity)
            _cached = reusable;
        return body;
    }

    public static string StageText(KognitosStage stage) => stage switch
    {
        KognitosStage.Published => "Published",
        KognitosStage.Draft => "Draft",
        _ => throw new ArgumentOutOfRangeException(nameof(stage), stage, "Unknown Kognitos stage."),
    };

    private sealed class ReusableWriter
    {
        public const int MaxKeptCapacity = 64 * 1024;

        public MemoryStream Buffer { get; } = new(256);

        public Utf8JsonWriter Writer { get; }

        public ReusableWriter() => Writer = new Utf8JsonWriter(Buffer);
    }
}
