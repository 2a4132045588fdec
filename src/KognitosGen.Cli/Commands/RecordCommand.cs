using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Cli.Recording;
using KognitosGen.Recording;

namespace KognitosGen.Cli.Commands;

/// <summary>
/// <c>kognitos record</c>: a local proxy to a Kognitos API that forwards every call unchanged and writes what it saw to
/// a recording (docs/recording.md), redacted, until Ctrl+C or SIGTERM, when it writes the file a last time and exits 0.
/// </summary>
internal static class RecordCommand
{
    public const string DefaultListen = "http://127.0.0.1:5090";

    public static Command Create(CommandFactory factory)
    {
        var upstream = new Option<string>("--upstream")
        {
            Description = "The API to record: a region (US, EU, UK) or an API root URL such as http://127.0.0.1:5080.",
            HelpName = "region|url",
            Required = true,
        };
        var listen = new Option<string>("--listen")
        {
            Description = $"Where the proxy listens (default {DefaultListen}; port 0 takes a free one). Point KOGNITOS_BASE_URL here.",
            HelpName = "url",
            DefaultValueFactory = _ => DefaultListen,
        };
        var to = new Option<string>("--to")
        {
            Description = "The recording file to write (replaced as the recording grows).",
            HelpName = "path",
            Required = true,
        };
        var includeFiles = new Option<bool>("--include-files")
        {
            Description = "Also write uploaded files' bytes (base64); by default only their names, sizes and SHA-256.",
        };
        var redactFact = new Option<string[]>("--redact-fact")
        {
            Description = "An input or output fact whose values are replaced with [redacted] (repeatable).",
            HelpName = "name",
        };
        var redactPath = new Option<string[]>("--redact-path")
        {
            Description = "A JSON path into the recording whose values are replaced, e.g. $.runs[*].name (repeatable).",
            HelpName = "path",
        };

        var command = factory.Command("record", "Records a Kognitos API: a local proxy that forwards every v2 call unchanged and writes "
            + "the processes, runs, statuses, outputs and errors it sees to a recording, with keys, presigned URLs and upload fields "
            + "redacted. Replay it with kognitos-emulator --replay. Stops on Ctrl+C.", async (context, cancellationToken) =>
        {
            var options = new RecordingProxyOptions
            {
                Upstream = Upstream(context.Value(upstream)!),
                RecordingPath = context.Value(to)!,
                Listen = [context.Value(listen)!],
                IncludeFiles = context.Value(includeFiles),
                RedactFacts = context.Value(redactFact) ?? [],
                RedactPaths = context.Value(redactPath) ?? [],
            };
            var directory = Path.GetDirectoryName(Path.GetFullPath(options.RecordingPath))!;
            if (!Directory.Exists(directory))
                throw new CliException(ExitCodes.LocalFile, $"the folder of '{options.RecordingPath}' does not exist.");

            RecordingProxy proxy;
            try
            {
                proxy = await RecordingProxy.StartAsync(options, cancellationToken);
            }
            catch (ArgumentException badRule)
            {
                throw new CliException(ExitCodes.Usage, badRule.Message + ".");
            }
            catch (IOException cannotListen)
            {
                throw new CliException(ExitCodes.Configuration, $"cannot listen on {options.Listen[0]}: {cannotListen.Message}");
            }

            await using (proxy)
            {
                context.Output.WriteLine($"Recording {ApiRoots.Display(options.Upstream)} on {proxy.BaseAddress} to {options.RecordingPath}.");
                context.Output.WriteLine($"Point the client at it: {KognitosClientOptions.BaseUrlEnvironmentVariable}={proxy.BaseAddress}  (Ctrl+C stops and writes the file)");
                context.Output.Flush();
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: the normal end of a recording.
                }
            }

            if (proxy.Failure is { } failure)
            {
                throw new CliException(failure is RecordingRedactionException ? ExitCodes.Unexpected : ExitCodes.LocalFile,
                    $"the recording stopped being written: {failure.Message}");
            }

            context.Output.WriteLine($"Wrote {options.RecordingPath}: {proxy.Session.RunCount} run(s), {proxy.Session.ErrorCount} error answer(s).");
            return ExitCodes.Success;
        });
        command.Add(upstream);
        command.Add(listen);
        command.Add(to);
        command.Add(includeFiles);
        command.Add(redactFact);
        command.Add(redactPath);
        return command;
    }

    private static Uri Upstream(string text)
    {
        if (Enum.TryParse<KognitosRegion>(text, ignoreCase: true, out var region) && Array.Exists(GlobalOptions.Regions, r => r.Equals(text, StringComparison.OrdinalIgnoreCase)))
            return ApiRoots.ForRegion(region);
        return Uri.TryCreate(text, UriKind.Absolute, out var url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps)
            ? url
            : throw new CliException(ExitCodes.Usage, $"--upstream must be US, EU, UK or an absolute http(s) URL, not '{text}'.");
    }
}
