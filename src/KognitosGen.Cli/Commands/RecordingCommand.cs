using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using KognitosGen.Cli.SchemaLock;
using KognitosGen.Recording;

namespace KognitosGen.Cli.Commands;

/// <summary><c>kognitos recording to-scenario</c>: turns a recording into an emulator scenario file to edit and serve.</summary>
internal static class RecordingCommand
{
    public static Command Create(CommandFactory factory)
    {
        var recording = new Command("recording", "Works with recordings made by kognitos record.");
        var source = new Argument<string>("recording") { Description = "The recording file." };
        var output = new Option<string>("--out", "-o")
        {
            Description = "The scenario file to write.",
            HelpName = "path",
            Required = true,
        };
        var force = new Option<bool>("--force") { Description = "Replace the scenario file if it exists." };

        var toScenario = factory.Command("to-scenario", "Writes an emulator scenario from a recording: its processes, each with the "
            + "timings and outputs of its last recorded run, the status spelling and start answer the recording shows, and the key "
            + $"'{RecordingScenario.PlaceholderKey}'. Serve it with kognitos-emulator --scenario.", (context, _) =>
        {
            var path = context.Parse.GetValue(source)!;
            var target = context.Value(output)!;
            RecordingDocument document;
            try
            {
                document = RecordingReader.ReadFile(path);
            }
            catch (RecordingFormatException unreadable)
            {
                throw new CliException(ExitCodes.LocalFile, "the recording cannot be read: " + unreadable.Message);
            }

            if (File.Exists(target) && !context.Value(force))
                throw new CliException(ExitCodes.LocalFile, $"'{target}' exists; pass --force to replace it.");
            var scenario = RecordingScenario.ToJson(document, withPlaceholderKey: true);
            var text = scenario.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping })
                .Replace("\r\n", "\n", System.StringComparison.Ordinal) + "\n";
            AtomicFile.WriteAllText(target, text);
            var processes = RecordingScenario.Processes(document).Count;
            context.Output.WriteLine($"Wrote {target}: {processes} process(es) from {document.Runs.Count} recorded run(s).");
            return System.Threading.Tasks.Task.FromResult(ExitCodes.Success);
        });
        toScenario.Add(source);
        toScenario.Add(output);
        toScenario.Add(force);
        recording.Add(toScenario);
        return recording;
    }
}
