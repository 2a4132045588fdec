using System.Text;

namespace KognitosGen.Cli.Tests;

/// <summary>What one in-process invocation of <c>kognitos</c> returned and printed.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs the command tree in-process with its own environment variables: the test process's are never read or changed.</summary>
internal static class Cli
{
    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> variables, params string[] args) =>
        await RunAsync(variables, interactive: false, args);

    public static async Task<CliResult> RunAsync(IReadOnlyDictionary<string, string> variables, bool interactive, params string[] args)
    {
        var output = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var error = new StringWriter(new StringBuilder()) { NewLine = "\n" };
        var environment = new CliEnvironment(name => variables.TryGetValue(name, out var value) ? value : null, output, error, interactive);
        var exitCode = await KognitosCli.InvokeAsync(args, environment);
        return new CliResult(exitCode, output.ToString(), error.ToString());
    }
}
