using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;

namespace KognitosGen.Emulator;

/// <summary>The command-line host: serves a scenario until Ctrl+C.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        CommandLineOptions options;
        try
        {
            options = CommandLineOptions.Parse(args);
        }
        catch (FormatException ex)
        {
            await Console.Error.WriteLineAsync($"error: {ex.Message}{Environment.NewLine}{CommandLineOptions.Usage}");
            return 2;
        }

        if (options.ShowHelp)
        {
            Console.WriteLine(CommandLineOptions.Usage);
            return 0;
        }

        var source = options.ScenarioPath ?? "embedded demo scenario";
        try
        {
            var scenario = options.ScenarioPath is null
                ? EmulatorScenario.Demo()
                : EmulatorScenario.LoadFile(options.ScenarioPath);
            foreach (var key in options.ApiKeys)
                scenario.AddApiKey(key);

            var hosting = new KognitosEmulatorOptions { Urls = options.Urls.ToList() };
            await using var emulator = await KognitosEmulator.StartCoreAsync(scenario, hosting, source);
            StartupBanner.Write(Console.Out, emulator, source);
            await emulator.WaitForShutdownAsync(default);
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
