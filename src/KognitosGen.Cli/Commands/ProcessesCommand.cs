using System.Collections.Generic;
using System.CommandLine;
using KognitosGen.Cli.Output;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos processes</c>: the agent's processes with ID, name and stage.</summary>
internal static class ProcessesCommand
{
    public static Command Create(CommandFactory factory) => factory.Command(
        "processes", "Lists the agent's processes: ID, name, stage.",
        async (context, cancellationToken) =>
        {
            var agent = context.Agent();
            using var client = context.CreateClient();
            var processes = new List<KognitosProcessInfo>();
            await foreach (var process in client.ListProcessesAsync(agent, pageSize: 100, cancellationToken))
                processes.Add(process);

            if (context.Json)
            {
                JsonOutput.Write(context.Output, json =>
                {
                    json.WriteStartArray();
                    foreach (var process in processes)
                    {
                        json.WriteStartObject();
                        json.WriteString("id", process.Id);
                        json.WriteString("name", process.Name);
                        json.WriteString("stage", process.Stage.ToString());
                        json.WriteString("agent_id", process.AgentId);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
            }
            else
            {
                TextTable.Write(context.Output, ["ID", "NAME", "STAGE"],
                    processes.ConvertAll(p => (IReadOnlyList<string>)[p.Id, p.Name, p.Stage.ToString()]));
            }

            return ExitCodes.Success;
        });
}
