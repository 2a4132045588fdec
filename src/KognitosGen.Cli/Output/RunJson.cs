using System.Text.Json;

namespace KognitosGen.Cli.Output;

/// <summary>A run as the tool's JSON shows it: the wire's snake_case members, outputs as their JSON values.</summary>
internal static class RunJson
{
    public static void Write(Utf8JsonWriter json, KognitosRun run, bool withOutputs)
    {
        json.WriteStartObject();
        json.WriteString("id", run.Id);
        json.WriteString("name", run.Name);
        json.WriteString("status", run.StatusText);
        json.WriteString("stage", run.Stage.ToString());
        json.WriteString("process_id", run.ProcessId);
        json.WriteString("agent_id", run.AgentId);
        if (run.CreatedAtText is null)
            json.WriteNull("created_at");
        else
            json.WriteString("created_at", run.CreatedAtText);
        if (withOutputs)
        {
            json.WriteStartObject("outputs");
            foreach (var output in run.Outputs)
            {
                json.WritePropertyName(output.Name);
                if (output.Value.ValueKind == JsonValueKind.Undefined)
                    json.WriteNullValue();
                else
                    output.Value.WriteTo(json);
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }
}
