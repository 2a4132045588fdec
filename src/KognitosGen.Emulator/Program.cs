using System;
using System.CommandLine;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Emulator;

/// <summary>The command-line host: serves a scenario until Ctrl+C. Exit codes: 0 stopped, 1 bad scenario or address, 2 bad command line.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var root = CommandLineOptions.Command(ServeAsync);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not { ClearsParseErrors: true })
        {
            // One line, as the kognitos tool writes it, and the way to the help.
            await Console.Error.WriteLineAsync($"{root.Name}: error: {parse.Errors[0].Message.TrimEnd('.')} (see '{root.Name} --help')");
            return 2;
        }

        return await parse.InvokeAsync();
    }

    private static async Task<int> ServeAsync(CommandLineOptions options, CancellationToken cancellationToken)
    {
        var source = options.ScenarioPath ?? (options.ReplayPath is null ? "embedded demo scenario" : "replay of " + options.ReplayPath);
        try
        {
            // A replay serves the recording's processes; the demo's would only be in the way.
            var scenario = options.ScenarioPath is not null ? EmulatorScenario.LoadFile(options.ScenarioPath)
                : options.ReplayPath is not null ? new EmulatorScenario()
                : EmulatorScenario.Demo();
            foreach (var key in options.ApiKeys)
                scenario.AddApiKey(key);

            var hosting = new KognitosEmulatorOptions { Urls = [.. options.Urls] };
            if (options.ReplayPath is not null)
            {
                hosting.Replay = new KognitosReplay(options.ReplayPath) { Match = options.ReplayMatch };
                foreach (var input in options.IgnoredInputs ?? [])
                    hosting.Replay.IgnoredInputs.Add(input);
            }

            await using var emulator = await KognitosEmulator.StartCoreAsync(scenario, hosting, source, cancellationToken);
            StartupBanner.Write(Console.Out, emulator, source);
            await emulator.WaitForShutdownAsync(cancellationToken);
            return 0;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return 0;
        }
        catch (ScenarioException ex)
        {
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return 1;
        }
        catch (IOException ex)
        {
            // Kestrel reports an address in use or a bad URL this way.
            await Console.Error.WriteLineAsync($"error: cannot listen on {string.Join(';', options.Urls)}: {ex.Message}");
            return 1;
        }
    }
}
