using System.IO;
using System.Linq;

namespace KognitosGen.Emulator;

/// <summary>What the command line prints once listening: addresses, keys, agents and processes.</summary>
internal static class StartupBanner
{
    public static void Write(TextWriter output, KognitosEmulator emulator, string source)
    {
        var scenario = emulator.Scenario;
        output.WriteLine("Kognitos v2 emulator");
        foreach (var address in emulator.Addresses)
            output.WriteLine($"  listening on {address}");
        output.WriteLine($"  web UI:      {emulator.WebUiLink}  (opens one browser; or sign in there with an API key)");
        output.WriteLine($"  scenario:    {source}");
        output.WriteLine(scenario.AcceptsAnyKey
            ? "  API keys:    any non-empty key (a replay given none)"
            : $"  API keys:    {string.Join(", ", scenario.ApiKeys.Values.Select(Describe))}");
        output.WriteLine($"  variants:    {emulator.Variants}");
        foreach (var agent in scenario.Agents)
        {
            output.WriteLine($"  agent {agent.Id}");
            foreach (var process in agent.Processes)
                output.WriteLine($"    process {process.Id}  {process.Stage,-9}  \"{process.Name}\"");
        }

        output.WriteLine("Press Ctrl+C to stop.");
    }

    private static string Describe(ApiCaller caller) =>
        caller.AgentScope is null ? $"{caller.Key} (organisation)" : $"{caller.Key} (agent {caller.AgentScope})";
}
