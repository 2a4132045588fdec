using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.CommandLine;
using System.IO;
using System.Linq;
using KognitosGen.Cli.Output;
using KognitosGen.Cli.SchemaLock;
using KognitosGen.Recording;
using SchemaLockReader = KognitosGen.SourceGenerators.SchemaLockFormat.SchemaLockReader;

namespace KognitosGen.Cli.Commands;

/// <summary>
/// <c>kognitos pull</c>: writes the schema lock from the API, atomically, and says what changed. When nothing but
/// the time changed, the file is left untouched (byte-identical, its old pulledAt kept).
/// </summary>
internal static class PullCommand
{
    public static Command Create(CommandFactory factory)
    {
        var runs = LockOptions.Runs("How many of each process's last succeeded runs to read for its outputs (default 10).");
        var output = new Option<string>("--output", "-o")
        {
            Description = $"Where to write the lock (default {SchemaLockFile.DefaultFileName}).",
            HelpName = "path",
            DefaultValueFactory = _ => SchemaLockFile.DefaultFileName,
        };

        var from = new Option<string?>("--from")
        {
            Description = "Read a recording (kognitos record) instead of the API: its processes, and the outputs of their recorded runs. "
                + "Without --agent, every agent of the recording.",
            HelpName = "recording",
        };

        var command = factory.Command("pull", "Writes the schema lock (kognitos.schema.json): the processes of each agent and the output "
            + "facts of their last succeeded runs. Deterministic: an unchanged server leaves the file byte-identical.", async (context, cancellationToken) =>
        {
            var agents = context.Agents();
            var recordingPath = context.Value(from);
            if (agents.Count == 0 && recordingPath is null)
                throw new CliException(ExitCodes.Configuration, $"no agent: pass --agent (once per agent) or set {CommandContext.AgentVariable}.");
            var path = context.Value(output)!;
            var previous = LockOptions.ReadIfExists(path);
            var (pulled, unsampled) = recordingPath is null
                ? await PullAsync(context, agents, context.Value(runs), previous, cancellationToken)
                : FromRecording(recordingPath, agents, context.Value(runs), previous);
            var changes = LockChanges.Between(previous, pulled);
            if (previous is not null && changes.Count == 0 && SameExceptTime(previous, pulled))
                pulled = pulled with { PulledAt = previous.PulledAt ?? pulled.PulledAt };

            var text = SchemaLockWriter.Write(pulled);
            // The build reads the lock with the same reader: never write one it would refuse (KOG0021).
            if (SchemaLockReader.Read(text).Error is { } refused)
                throw new CliException(ExitCodes.LockFile, $"the pulled lock would not be readable ({refused.Member}: {refused.Problem}), so '{path}' was left as it was.");
            var written = !File.Exists(path) || File.ReadAllText(path) != text;
            if (written)
                AtomicFile.WriteAllText(path, text);

            if (context.Json)
            {
                JsonOutput.Write(context.Output, json =>
                {
                    json.WriteStartObject();
                    json.WriteString("path", path);
                    json.WriteBoolean("written", written);
                    json.WriteStartArray("changes");
                    foreach (var change in changes)
                        json.WriteStringValue(change);
                    json.WriteEndArray();
                    json.WriteStartArray("unsampled");
                    foreach (var process in unsampled)
                    {
                        json.WriteStartObject();
                        json.WriteString("agent_id", process.AgentId);
                        json.WriteString("process_id", process.ProcessId);
                        json.WriteNumber("runs_seen", process.RunsSeen);
                        json.WriteString("hint", process.Hint);
                        json.WriteEndObject();
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                });
            }
            else
            {
                var processes = pulled.Agents.Sum(a => a.Processes.Count);
                var outputs = pulled.Agents.Sum(a => a.Processes.Sum(p => p.Outputs.Count));
                context.Output.WriteLine(written
                    ? $"Wrote {path}: {pulled.Agents.Count} agent(s), {processes} process(es), {outputs} output fact(s)."
                    : $"{path} is up to date: {pulled.Agents.Count} agent(s), {processes} process(es), {outputs} output fact(s).");
                foreach (var change in changes)
                    context.Output.WriteLine("  " + change);
                if (previous is not null && changes.Count == 0)
                    context.Output.WriteLine("  no change since the previous lock");
                // Outputs come from succeeded runs only: say which processes have none, or "0 output fact(s)" is a riddle.
                foreach (var process in unsampled)
                    context.Output.WriteLine("  note: " + process.Hint);
            }

            return ExitCodes.Success;
        });
        command.Add(runs);
        command.Add(output);
        command.Add(from);
        return command;
    }

    private static async Task<(SchemaLockFile, IReadOnlyList<UnsampledProcess>)> PullAsync(CommandContext context, IReadOnlyList<string> agents,
        int runs, SchemaLockFile? previous, CancellationToken cancellationToken)
    {
        using var client = context.CreateClient();
        var puller = new LockPuller(client, runs, context.Environment.Progress);
        var pulled = await puller.PullAsync(agents, previous, cancellationToken);
        return (pulled, puller.Unsampled);
    }

    private static (SchemaLockFile, IReadOnlyList<UnsampledProcess>) FromRecording(string recordingPath, IReadOnlyList<string> agents, int runs, SchemaLockFile? previous)
    {
        RecordingDocument recording;
        try
        {
            recording = RecordingReader.ReadFile(recordingPath);
        }
        catch (RecordingFormatException unreadable)
        {
            throw new CliException(ExitCodes.LocalFile, "the recording cannot be read: " + unreadable.Message);
        }

        var builder = new RecordingLockBuilder(recording, runs);
        return (builder.Build(agents, previous), builder.Unsampled);
    }

    private static bool SameExceptTime(SchemaLockFile before, SchemaLockFile after) =>
        SchemaLockWriter.Write(before) == SchemaLockWriter.Write(after with { PulledAt = before.PulledAt });
}
