using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace KognitosGen;

/// <summary>Writes the <c>POST /v2/runs</c> body of a typed process straight to UTF-8, inputs from generated code.</summary>
internal static class RunRequestWriter
{
    public static byte[] Write(string name, string processId, string agentId, KognitosStage stage, IKognitosProcess process, IReadOnlyList<string> fileIds)
    {
        using var buffer = new MemoryStream(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
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
        }

        return buffer.ToArray();
    }

    public static string StageText(KognitosStage stage) => stage switch
    {
        KognitosStage.Published => "Published",
        KognitosStage.Draft => "Draft",
        _ => throw new System.ArgumentOutOfRangeException(nameof(stage), stage, "Unknown Kognitos stage."),
    };
}
