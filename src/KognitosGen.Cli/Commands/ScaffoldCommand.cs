using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Cli.Output;
using KognitosGen.Cli.Scaffolding;
using KognitosGen.Cli.SchemaLock;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos scaffold</c>: one annotated partial class per process, from the lock or straight from the API.</summary>
internal static class ScaffoldCommand
{
    public static Command Create(CommandFactory factory)
    {
        var process = new Option<string?>("--process", "-p") { Description = "The process ID to scaffold.", HelpName = "id" };
        var all = new Option<bool>("--all") { Description = "Scaffold every process (of the --agent agents, when named)." };
        var @namespace = new Option<string>("--namespace")
        {
            Description = "The namespace of the classes (default KognitosProcesses).",
            HelpName = "name",
            DefaultValueFactory = _ => "KognitosProcesses",
        };
        @namespace.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? "";
            if (!Identifiers.IsNamespace(value))
                result.AddError($"--namespace '{value}' is not a C# namespace such as MyApp.Kognitos.");
        });
        var output = new Option<string>("--output", "-o") { Description = "The folder to write the classes to (default: the current folder).", HelpName = "dir", DefaultValueFactory = _ => "." };
        var lockPath = LockOptions.LockPath();
        var fromApi = new Option<bool>("--from-api") { Description = "Read the processes from the API instead of the lock (also what happens when there is no lock)." };
        var runs = LockOptions.Runs("With --from-api: how many succeeded runs to sample per process (default 10).");
        var force = new Option<bool>("--force") { Description = "Overwrite class files that exist." };

        var command = factory.Command("scaffold", "Writes an annotated partial class per process: [KognitosProcess] with its IDs and stage, "
            + "and a [KognitosOutput] property per output fact seen, typed from its kinds.", async (context, cancellationToken) =>
        {
            var processId = context.Value(process);
            var everything = context.Value(all);
            if (processId is null == !everything)
                throw new CliException(ExitCodes.Usage, "pass --process ID or --all (one of them).");

            var schemaLock = await LoadAsync(context, lockPath, context.Value(fromApi), context.Value(runs), cancellationToken);
            var chosen = Choose(schemaLock, context.Agents(), processId, context.Value(lockPath)!);
            var folder = context.Value(output)!;
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            var files = chosen.Select(c =>
            {
                var className = Identifiers.Unique(ProcessClassWriter.ClassName(c.Process), taken);
                return (Path: Path.Combine(folder, className + ".cs"), c.Process, Source: ProcessClassWriter.Write(c.AgentId, c.Process, className, context.Value(@namespace)!));
            }).ToList();

            var existing = context.Value(force) ? null : files.FirstOrDefault(f => File.Exists(f.Path)).Path;
            if (existing is not null)
                throw new CliException(ExitCodes.LocalFile, $"'{existing}' exists; pass --force to overwrite it.");
            Directory.CreateDirectory(folder);
            foreach (var file in files)
                File.WriteAllText(file.Path, file.Source);

            if (context.Json)
            {
                JsonOutput.Write(context.Output, json =>
                {
                    json.WriteStartArray();
                    foreach (var file in files)
                    {
                        json.WriteStartObject();
                        json.WriteString("path", file.Path);
                        json.WriteString("process_id", file.Process.Id);
                        json.WriteNumber("outputs", file.Process.Outputs.Count);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                });
            }
            else
            {
                foreach (var file in files)
                    context.Output.WriteLine($"Wrote {file.Path}: \"{file.Process.Name}\", {file.Process.Outputs.Count} output(s)");
            }

            return ExitCodes.Success;
        });
        command.Add(process);
        command.Add(all);
        command.Add(@namespace);
        command.Add(output);
        command.Add(lockPath);
        command.Add(fromApi);
        command.Add(runs);
        command.Add(force);
        return command;
    }

    private static async Task<SchemaLockFile> LoadAsync(CommandContext context, Option<string> lockOption, bool fromApi, int runs, CancellationToken cancellationToken)
    {
        if (!fromApi && LockOptions.Read(context, lockOption) is { } schemaLock)
            return schemaLock;
        var lockPath = context.Value(lockOption)!;
        var agents = context.Agents();
        if (agents.Count == 0)
            throw new CliException(ExitCodes.Configuration, $"no lock at '{lockPath}' and no agent to ask the API about: run kognitos pull, or pass --agent.");
        context.Environment.Progress(fromApi ? "reading the processes from the API" : $"no lock at '{lockPath}': reading the processes from the API");
        using var client = context.CreateClient();
        return await new LockPuller(client, runs, context.Environment.Progress).PullAsync(agents, null, cancellationToken);
    }

    private static List<(string AgentId, LockedProcess Process)> Choose(SchemaLockFile schemaLock, IReadOnlyList<string> agents, string? processId, string lockPath)
    {
        var candidates = schemaLock.Agents
            .Where(a => agents.Count == 0 || agents.Contains(a.Id))
            .SelectMany(a => a.Processes.Select(p => (AgentId: a.Id, Process: p)))
            .Where(c => processId is null || c.Process.Id == processId)
            .ToList();
        if (processId is not null && candidates.Count == 0)
            throw new CliException(ExitCodes.NotFound, $"process '{processId}' is not in the lock '{lockPath}'; run kognitos pull if it is new.");
        if (processId is not null && candidates.Select(c => c.AgentId).Distinct().Count() > 1)
            throw new CliException(ExitCodes.Usage, $"process '{processId}' is in more than one agent of the lock; pass --agent.");
        return candidates;
    }
}
