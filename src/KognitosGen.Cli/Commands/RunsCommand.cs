using System.Collections.Generic;
using System.CommandLine;
using KognitosGen.Cli.Output;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos runs --process P</c>: a process's runs, newest first.</summary>
internal static class RunsCommand
{
    public static Command Create(CommandFactory factory)
    {
        var process = new Option<string>("--process", "-p") { Description = "The process ID.", HelpName = "id", Required = true };
        var limit = new Option<int>("--limit", "-n") { Description = "How many runs to show (default 10).", HelpName = "count", DefaultValueFactory = _ => 10 };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
                result.AddError("--limit must be 1 or more.");
        });
        var stage = StageOption.Create("Only runs of this stage (default: both).");

        var command = factory.Command("runs", "Lists a process's runs, newest first: ID, name, status, created.", async (context, cancellationToken) =>
        {
            var agent = context.Agent();
            var count = context.Value(limit);
            using var client = context.CreateClient();
            var query = new KognitosRunQuery(agent, context.Value(process)!)
            {
                Stage = StageOption.Parse(context.Value(stage)),
                PageSize = count > 100 ? 100 : count,
            };
            var runs = new List<KognitosRun>();
            await foreach (var run in client.ListRunsAsync(query, cancellationToken))
            {
                runs.Add(run);
                if (runs.Count == count)
                    break;
            }

            if (context.Json)
            {
                JsonOutput.Write(context.Output, json =>
                {
                    json.WriteStartArray();
                    foreach (var run in runs)
                        RunJson.Write(json, run, withOutputs: false);
                    json.WriteEndArray();
                });
            }
            else
            {
                TextTable.Write(context.Output, ["ID", "NAME", "STATUS", "CREATED"],
                    runs.ConvertAll(r => (IReadOnlyList<string>)[r.Id, r.Name, r.StatusText, r.CreatedAtText ?? ""]));
            }

            return ExitCodes.Success;
        });
        command.Add(process);
        command.Add(limit);
        command.Add(stage);
        return command;
    }
}
