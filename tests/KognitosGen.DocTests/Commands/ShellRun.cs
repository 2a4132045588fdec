using System.Diagnostics;
using KognitosGen.Testing;

namespace KognitosGen.DocTests.Commands;

/// <summary>Runs a command line through bash from the repository root, as a reader would paste it.</summary>
public static class ShellRun
{
    public static ProcessStartInfo StartInfo(string command, IReadOnlyDictionary<string, string?>? environment = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = workingDirectory ?? TestRepository.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Build servers would outlive the command and hold its output open.
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs to the end; the exit code and everything printed (stdout, then stderr).</summary>
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string command, IReadOnlyDictionary<string, string?>? environment, TimeSpan limit, string? workingDirectory = null)
    {
        using var process = Process.Start(StartInfo(command, environment, workingDirectory))!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{command}' did not finish within {limit}.");
        }

        return (process.ExitCode, await output, await error);
    }
}
