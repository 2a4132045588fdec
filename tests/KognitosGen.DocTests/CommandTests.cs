using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using KognitosGen.DocTests.Commands;
using KognitosGen.DocTests.Markdown;
using KognitosGen.Testing;

namespace KognitosGen.DocTests;

/// <summary>
/// The docs' commands that run here without an account, run as written from the repository root (found on their
/// pages, so a changed command is what runs): the README's main command, the worker sample with console telemetry,
/// every emulator command with every curl the docs show against it, and the emulator sessions with the kognitos
/// tool. <see cref="RunCommands"/> says which commands these are. One class, so the `dotnet run` builds never overlap.
/// </summary>
public sealed partial class CommandTests
{
    private static readonly Dictionary<string, string?> WithoutKognitosAccount = new()
    {
        ["KOGNITOS_API_KEY"] = null,
        ["KOGNITOS_BASE_URL"] = null,
        ["KOGNITOS_REGION"] = null,
    };

    [Fact]
    public async Task The_readmes_main_command_runs_the_sample_and_prints_typed_outputs()
    {
        var command = Assert.Single(DocCommands.On("README.md", RunCommands.MainCommand));

        var (exitCode, output, error) = await ShellRun.RunAsync(command.Text, WithoutKognitosAccount, TimeSpan.FromMinutes(8));

        Assert.True(exitCode == 0, $"{command} exited {exitCode}:\n{output}\n{error}");
        Assert.Contains("Kognitos emulator (in-process) at http://127.0.0.1:", output, StringComparison.Ordinal);
        Assert.Contains("total 1234.56, vendor ACME, approved True, files [INV-42.pdf]", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_worker_sample_command_prints_the_traces_and_metrics_the_docs_list()
    {
        var command = Assert.Single(DocCommands.On("docs/observability.md", RunCommands.WorkerTelemetryCommand));

        var (exitCode, output, error) = await ShellRun.RunAsync(command.Text, WithoutKognitosAccount, TimeSpan.FromMinutes(8));

        Assert.True(exitCode == 0, $"{command} exited {exitCode}:\n{output}\n{error}");
        // Lines of the page's listing that do not change from run to run.
        foreach (var line in new[]
        {
            "Activity.DisplayName:        kognitos.runs.get",
            "Activity.DisplayName:        kognitos.runs.wait",
            "Activity.DisplayName:        kognitos.run",
            "Activity.DisplayName:        invoice job",
            "    kognitos.run_status: Succeeded",
            "Metric Name: kognitos.run.started, Description: Typed runs started., Unit: {run}, Metric Type: LongSum",
            "Metric Name: kognitos.run.finished",
        })
        {
            Assert.Contains(line, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Every_emulator_command_of_the_docs_serves_every_curl_the_docs_show()
    {
        var curls = DocCommands.All.Where(RunCommands.IsEmulatorCurl).ToList();
        Assert.True(curls.Count >= 5, $"the docs show {curls.Count} curl commands against the emulator");
        var serves = DocCommands.All.Where(RunCommands.IsEmulatorCommand).ToList();
        Assert.True(serves.Count >= 2, $"the docs show {serves.Count} emulator commands");

        foreach (var serve in serves)
            await ServeAndCurlAsync(serve, curls);
    }

    /// <summary>
    /// A bash block that starts the emulator and points the tool at it (<c>KOGNITOS_BASE_URL=http://127.0.0.1:5080</c>)
    /// runs as one script in an empty folder: its emulator command started as written, <c>kognitos</c> being the tool
    /// built from src/KognitosGen.Cli. What it pulls must hold the demo process's outputs. (Blocks that expect an
    /// emulator already running and other tools, as newman in docs/cli.md, are run by CI's own scripts.)
    /// </summary>
    [Fact]
    public async Task Every_emulator_session_of_the_docs_runs_with_the_kognitos_tool()
    {
        var sessions = DocPages.Blocks.Where(RunCommands.IsSession).Select(block => (Block: block, Commands: DocCommands.Split(block).ToList())).ToList();
        Assert.NotEmpty(sessions);
        foreach (var (session, commands) in sessions)
        {
            var serve = commands.First(RunCommands.IsEmulatorCommand);
            var folder = Directory.CreateTempSubdirectory("kognitos-doc-session-").FullName;
            try
            {
                await ServeAsync(serve, async port =>
                {
                    var script = string.Join('\n', [
                        "set -euo pipefail",
                        KognitosFunction,
                        .. commands.Where(command => command != serve).Select(command => command.Text.Replace("5080", port, StringComparison.Ordinal)),
                    ]);

                    var (exitCode, output, error) = await ShellRun.RunAsync(script, WithoutKognitosAccount, TimeSpan.FromMinutes(8), folder);

                    Assert.True(exitCode == 0, $"{session.Id} exited {exitCode}:\n{output}\n{error}");
                    // The total output under the name the server returned: "total" from the emulator's default, "the output
                    // total" from a replayed recording that was made when Kognitos returned that form.
                    if (commands.Any(command => command.Text.StartsWith("kognitos pull", StringComparison.Ordinal)))
                        Assert.Matches("\"(the output )?total\"", File.ReadAllText(Path.Combine(folder, "kognitos.schema.json")));
                });
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>
    /// Each command of the kognitos tool the docs show outside an emulator session (as <c>kognitos --help</c>) runs in
    /// an empty folder against the demo emulator, with its key and agent in the environment, and succeeds.
    /// </summary>
    [Fact]
    public async Task Every_kognitos_command_of_the_docs_runs_against_the_emulator()
    {
        var commands = DocPages.Blocks
            .Where(block => RunCommands.IsBash(block) && !block.Directive.NotRun && !RunCommands.IsSession(block))
            .SelectMany(DocCommands.Split)
            .Where(RunCommands.IsKognitosCommand)
            .ToList();
        Assert.NotEmpty(commands);

        await ServeAsync(DocCommands.All.First(RunCommands.IsEmulatorCommand), async port =>
        {
            var demo = new Dictionary<string, string?>(WithoutKognitosAccount)
            {
                ["KOGNITOS_BASE_URL"] = $"http://127.0.0.1:{port}",
                ["KOGNITOS_API_KEY"] = "dev-key",   // the demo scenario's key: it exists only in the emulator
                ["KOGNITOS_AGENT_ID"] = "a7xm2kp9qwj3v5nh8t4c6r1e9z",
            };
            foreach (var command in commands)
            {
                var folder = Directory.CreateTempSubdirectory("kognitos-doc-command-").FullName;
                try
                {
                    var (exitCode, output, error) = await ShellRun.RunAsync(
                        string.Join('\n', "set -euo pipefail", KognitosFunction, command.Text), demo, TimeSpan.FromMinutes(8), folder);

                    Assert.True(exitCode == 0, $"{command} exited {exitCode}:\n{output}\n{error}");
                    Assert.False(string.IsNullOrWhiteSpace(output), $"{command} printed nothing");
                }
                finally
                {
                    Directory.Delete(folder, recursive: true);
                }
            }
        });
    }

    /// <summary>A shell function that makes <c>kognitos</c> the tool built from src/KognitosGen.Cli.</summary>
    private static string KognitosFunction =>
        $"kognitos() {{ dotnet run --project '{Path.Combine(TestRepository.Root, "src", "KognitosGen.Cli")}' -- \"$@\"; }}";

    private static Task ServeAndCurlAsync(DocCommand serve, IReadOnlyList<DocCommand> curls) => ServeAsync(serve, async port =>
    {
        string? runId = null;
        foreach (var curl in curls)
        {
            var text = curl.Text.Replace("5080", port, StringComparison.Ordinal);
            if (text.Contains("RUN_ID", StringComparison.Ordinal))
                text = text.Replace("RUN_ID", runId ?? throw new InvalidOperationException($"{curl}: no run was started before it"), StringComparison.Ordinal);

            var (exitCode, output, error) = await ShellRun.RunAsync(text, null, TimeSpan.FromMinutes(1));

            Assert.True(exitCode == 0, $"{curl} exited {exitCode}: {error}");
            if (curl.Comment.StartsWith('{'))
                Assert.True(curl.Comment == output.Trim(), $"{curl} printed {output}, the page says {curl.Comment}");
            else if (StatusCode().IsMatch(curl.Comment))
                Assert.True(output.StartsWith("HTTP/1.1 " + curl.Comment, StringComparison.Ordinal), $"{curl} printed {output}, the page says {curl.Comment}");
            else
                Assert.True(output.TrimStart().StartsWith('{'), $"{curl} printed {output}, not a JSON answer");
            if (text.Contains("-X POST", StringComparison.Ordinal) && text.Contains("/v2/runs", StringComparison.Ordinal))
                runId = RunId().Match(output) is { Success: true } id ? id.Groups[1].Value : throw new InvalidOperationException($"{curl}: no run ID in {output}");
        }
    });

    /// <summary>Starts an emulator command of the docs on a free port, runs <paramref name="whileServing"/>, and ends it.</summary>
    private static async Task ServeAsync(DocCommand serve, Func<string, Task> whileServing)
    {
        var port = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        // "[--api-key KEY]" is an optional argument and a trailing '&' puts it in the background, as this test does;
        // the rest runs as written, on a free port instead of 5080.
        var start = OptionalArgument().Replace(serve.Text, "").TrimEnd('&', ' ').Replace("5080", port, StringComparison.Ordinal);

        using var emulator = Process.Start(ShellRun.StartInfo(start, WithoutKognitosAccount))!;
        var printed = emulator.StandardOutput.ReadToEndAsync();
        var errors = emulator.StandardError.ReadToEndAsync();
        try
        {
            await WaitUntilListeningAsync(emulator, port, serve);
            await whileServing(port);
        }
        finally
        {
            if (!emulator.HasExited)
                emulator.Kill(entireProcessTree: true);
            await emulator.WaitForExitAsync();
            await Task.WhenAll(printed, errors);
        }
    }

    private static async Task WaitUntilListeningAsync(Process emulator, string port, DocCommand serve)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(8);   // the first run builds the emulator
        while (DateTime.UtcNow < deadline)
        {
            Assert.False(emulator.HasExited, $"{serve} exited {(emulator.HasExited ? emulator.ExitCode : 0)} before it listened");
            try
            {
                using var answer = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/v2/health"));
                if (answer.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized)
                    return;
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Not answering yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        throw new TimeoutException($"{serve} did not listen on port {port}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex(@"\s*\[[^\]]*\]")]
    private static partial Regex OptionalArgument();

    [GeneratedRegex(@"^\d{3}$")]
    private static partial Regex StatusCode();

    [GeneratedRegex("\"id\"\\s*:\\s*\"([^\"]+)\"")]
    private static partial Regex RunId();
}
