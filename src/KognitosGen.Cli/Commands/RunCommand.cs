using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;
using KognitosGen.Cli.Output;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos run --process P</c>: starts a run with inputs and files, and with <c>--wait</c> follows it to its outputs.</summary>
internal static class RunCommand
{
    private const int MaxRunNameLength = 100;

    public static Command Create(CommandFactory factory)
    {
        var process = new Option<string>("--process", "-p") { Description = "The process ID.", HelpName = "id", Required = true };
        var inputs = new Option<string[]>("--input", "-i")
        {
            Description = "An input fact as name=value, repeatable. The value is read as JSON when it parses (42, true, [1,2], \"text\"), else as a string; "
                + "a value that starts with {, [ or \" must be valid JSON.",
            HelpName = "name=value",
        };
        var files = new Option<string[]>("--file", "-f") { Description = "A file to upload for the run, repeatable.", HelpName = "path" };
        var wait = new Option<bool>("--wait", "-w") { Description = "Wait for the run to finish, then print its outputs." };
        var timeout = new Option<TimeSpan?>("--timeout", "-t")
        {
            Description = "How long --wait waits: 90, 90s, 5m, 1h or 00:05:00 (default 30m).",
            HelpName = "duration",
            CustomParser = result =>
            {
                var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                if (Durations.TryParse(text, out var value))
                    return value;
                result.AddError($"--timeout '{text}' is not a duration such as 90s, 5m or 00:05:00.");
                return null;
            },
        };
        var stage = StageOption.Create("The stage to run (default: the process's own stage).");
        var name = new Option<string?>("--name") { Description = "The run's name (default: the process name).", HelpName = "text" };

        var command = factory.Command("run", "Starts a run of a process (uploading files first) and, with --wait, prints its outputs. "
            + "Exit code 0 succeeded, 10 failed or cancelled, 11 timed out.", async (context, cancellationToken) =>
        {
            var agent = context.Agent();
            var facts = RunInputs.Parse(context.Value(inputs) ?? []);
            var paths = context.Value(files) ?? [];
            RunFiles.Check(paths);
            using var client = context.CreateClient();

            var info = await client.GetProcessAsync(context.Value(process)!, agent, cancellationToken);
            var fileIds = await RunFiles.UploadAsync(client, agent, paths, cancellationToken);
            var runName = context.Value(name) ?? info.Name;
            var started = await client.CreateRunAsync(new KognitosCreateRunRequest
            {
                Name = runName.Length <= MaxRunNameLength ? runName : runName[..MaxRunNameLength],
                AgentId = agent,
                ProcessId = info.Id,
                Stage = StageOption.Parse(context.Value(stage)) ?? info.Stage,
                Inputs = facts.Count > 0 ? facts : null,
                FileIds = fileIds.Count > 0 ? fileIds : null,
            }, cancellationToken);

            if (!context.Value(wait))
            {
                if (context.Json)
                    JsonOutput.Write(context.Output, json => RunJson.Write(json, started, withOutputs: false));
                else
                    context.Output.WriteLine($"Started run {started.Id} of \"{info.Name}\": {started.StatusText}");
                return ExitCodes.Success;
            }

            var limit = context.Value(timeout) ?? client.DefaultPolling.Timeout;
            var done = await RunWatcher.WaitAsync(client, started, limit,
                run => context.Environment.Progress($"run {run.Id}: {run.StatusText}"), cancellationToken);
            WriteResult(context, done);
            return done.Status == KognitosRunStatus.Succeeded ? ExitCodes.Success : ExitCodes.RunFailed;
        });
        command.Add(process);
        command.Add(inputs);
        command.Add(files);
        command.Add(wait);
        command.Add(timeout);
        command.Add(stage);
        command.Add(name);
        return command;
    }

    private static void WriteResult(CommandContext context, KognitosRun run)
    {
        if (context.Json)
        {
            JsonOutput.Write(context.Output, json => RunJson.Write(json, run, withOutputs: true));
            return;
        }

        context.Output.WriteLine($"Run {run.Id}: {run.StatusText}");
        if (run.Outputs.Count > 0)
        {
            TextTable.Write(context.Output, ["OUTPUT", "VALUE"], run.Outputs.Select(o => (IReadOnlyList<string>)
                [o.Name, o.Value.ValueKind == JsonValueKind.Undefined ? "null" : JsonOutput.CompactOf(o.Value)]));
        }
    }
}
