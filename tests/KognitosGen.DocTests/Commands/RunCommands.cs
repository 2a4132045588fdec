using KognitosGen.DocTests.Markdown;

namespace KognitosGen.DocTests.Commands;

/// <summary>
/// Which of the docs' commands <see cref="CommandTests"/> runs, in one place, so that a bash block that nothing runs
/// is noticed: every bash block is run, or says why not with <c>&lt;!-- doc-test: not-run -- why --&gt;</c>.
/// </summary>
public static class RunCommands
{
    public const string MainCommand = "dotnet run --project samples/KognitosGen.Sample";

    public const string WorkerTelemetryCommand = "Telemetry__Console=true dotnet run --project samples/KognitosGen.WorkerSample";

    public static bool IsBash(DocBlock block) => block.Language is "bash" or "sh" or "shell";

    public static bool IsEmulatorCommand(DocCommand command) =>
        command.Text.StartsWith("dotnet run --project src/KognitosGen.Emulator", StringComparison.Ordinal);

    public static bool IsEmulatorCurl(DocCommand command) =>
        command.Text.StartsWith("curl ", StringComparison.Ordinal) && command.Text.Contains("127.0.0.1:5080", StringComparison.Ordinal);

    /// <summary>A command of the kognitos tool, outside an emulator session: run against the demo emulator.</summary>
    public static bool IsKognitosCommand(DocCommand command) => command.Text.StartsWith("kognitos ", StringComparison.Ordinal);

    /// <summary>A block that starts the emulator and points the tool at it: run as one script.</summary>
    public static bool IsSession(DocBlock block) =>
        IsBash(block)
        && block.Code.Any(line => line.Contains("KOGNITOS_BASE_URL=http://127.0.0.1:5080", StringComparison.Ordinal))
        && DocCommands.Split(block).Any(IsEmulatorCommand);

    /// <summary>Whether a test runs this command of <paramref name="block"/>.</summary>
    public static bool IsRun(DocBlock block, DocCommand command) =>
        IsSession(block)
        || command.Text == MainCommand
        || command.Text == WorkerTelemetryCommand
        || IsEmulatorCommand(command)
        || IsEmulatorCurl(command)
        || IsKognitosCommand(command);

    /// <summary>What is wrong with the bash blocks of <paramref name="blocks"/>: one line per block, empty when none.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<DocBlock> blocks)
    {
        var problems = new List<string>();
        foreach (var block in blocks.Where(IsBash))
        {
            if (block.Directive.NotRun)
            {
                if (block.Directive.Note.Length == 0)
                    problems.Add($"{block}: not-run, but no reason after ' -- '.");
                continue;
            }

            var notRun = DocCommands.Split(block).Where(command => !IsRun(block, command)).Select(command => $"'{command.Text}'").ToList();
            if (notRun.Count > 0)
                problems.Add($"{block}: no test runs {string.Join(", ", notRun)}; run it in CommandTests or say why not with '<!-- doc-test: not-run -- why -->' above the fence.");
        }

        return problems;
    }
}
