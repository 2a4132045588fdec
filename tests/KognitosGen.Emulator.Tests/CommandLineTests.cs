using System.Diagnostics;
using System.Text.RegularExpressions;

namespace KognitosGen.Emulator.Tests;

/// <summary>The emulator as a separate process, the way <c>dotnet run --project src/KognitosGen.Emulator</c> runs it.</summary>
[Trait("Category", "Emulator")]
public sealed class CommandLineTests
{
    private static readonly string EmulatorDll = Path.Combine(AppContext.BaseDirectory, "KognitosGen.Emulator.dll");

    [Fact]
    public async Task A_bad_scenario_file_exits_1_naming_the_file_and_the_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-scenario-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"apiKeys":[{"key":"k"}],"agents":[{"id":"no spaces allowed"}]}""");
        try
        {
            var (exitCode, _, stderr) = await RunToExitAsync("--scenario", path);

            Assert.Equal(1, exitCode);
            Assert.Contains(path, stderr, StringComparison.Ordinal);
            Assert.Contains("agents[0].id", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_recording_that_cannot_be_replayed_exits_1_naming_the_file_and_the_problem()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-recording-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, """{"format":"kognitos-recording","version":9}""");
        try
        {
            var (exitCode, _, stderr) = await RunToExitAsync("--replay", path);

            Assert.Equal(1, exitCode);
            Assert.Contains(path, stderr, StringComparison.Ordinal);
            Assert.Contains("version 9 was written by a newer KognitosGen", stderr, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("'--port'", "--port", "5080")]
    [InlineData("--scenario", "--scenario")]
    public async Task A_bad_command_line_exits_2_with_one_line_naming_it_and_the_way_to_the_help(string named, params string[] args)
    {
        var (exitCode, stdout, stderr) = await RunToExitAsync(args);

        Assert.Equal(2, exitCode);
        Assert.Contains(": error: ", stderr, StringComparison.Ordinal);
        Assert.Contains(named, stderr, StringComparison.Ordinal);
        Assert.Contains("--help')", stderr, StringComparison.Ordinal);
        Assert.Equal(1, stderr.Count(c => c == '\n'));
        Assert.Empty(stdout);
    }

    [Fact]
    public async Task Help_lists_every_option_and_exits_0()
    {
        var (exitCode, stdout, _) = await RunToExitAsync("--help");

        Assert.Equal(0, exitCode);
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        foreach (var option in new[] { "--scenario <path>", "--urls <urls>", "--api-key <key>", "--replay <recording>", "--replay-match <rule>", "--replay-ignore-input <name>", "--version" })
            Assert.Contains(option, stdout, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:5080", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_the_scenario_prints_its_address_and_processes_and_accepts_an_extra_key()
    {
        var scenario = ScenarioTests.FindRepoFile("samples/emulator/demo.json");
        using var process = Start("--scenario", scenario, "--urls=http://127.0.0.1:0", "--api-key", "extra-key");
        try
        {
            var banner = new List<string>();
            Uri? address = null;
            using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(30));
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                banner.Add(line);
                var match = Regex.Match(line, @"listening on (\S+)");
                if (match.Success)
                    address = new Uri(match.Groups[1].Value);
                if (line.StartsWith("Press Ctrl+C", StringComparison.Ordinal))
                    break;
            }

            Assert.Equal("127.0.0.1", address?.Host);
            Assert.Contains(banner, l => l.Contains("b4fznghynbdemslfd5k044fgd", StringComparison.Ordinal)
                && l.Contains("to process the invoices", StringComparison.Ordinal));
            Assert.Contains(banner, l => l.Contains("o9p8q7r6s5t4u3v2w1x0yzab2", StringComparison.Ordinal)
                && l.Contains("Draft", StringComparison.Ordinal));
            Assert.Contains(banner, l => l.Contains("extra-key (organisation)", StringComparison.Ordinal));

            using var http = new HttpClient { BaseAddress = address };
            using var request = new HttpRequestMessage(HttpMethod.Get, "v2/health");
            request.Headers.Add("x-api-key", "extra-key");
            using var response = await http.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);

            // The web UI's one-time link: its token buys one browser a session cookie, then it is spent.
            var link = banner.Select(l => Regex.Match(l, @"web UI: +(\S+)")).Single(m => m.Success).Groups[1].Value;
            Assert.StartsWith(address + "?token=", link, StringComparison.Ordinal);
            using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
            using (var opened = await browser.GetAsync(link))
            {
                Assert.Equal(HttpStatusCode.SeeOther, opened.StatusCode);
                Assert.Contains(opened.Headers.GetValues("Set-Cookie"), c => c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
            }

            using (var again = await browser.GetAsync(link))
                Assert.Equal(HttpStatusCode.Unauthorized, again.StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunToExitAsync(params string[] args)
    {
        using var process = Start(args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new System.Threading.CancellationTokenSource(TimeSpan.FromSeconds(30));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout, await stderr);
    }

    private static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(EmulatorDll);
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        return Process.Start(info) ?? throw new InvalidOperationException("could not start the emulator process");
    }
}
