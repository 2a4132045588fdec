namespace KognitosGen.Cli.Tests;

/// <summary>Bad input and bad conditions: one clear line on stderr, a distinct exit code, never a stack trace or the key.</summary>
public sealed class ErrorTests
{
    [Fact]
    public async Task No_key_exits_3()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await Cli.RunAsync(world.VariablesWith(("KOGNITOS_API_KEY", null)), "processes");

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("kognitos: error: no API key: set KOGNITOS_API_KEY or pass --api-key-file.\n", result.Error);
    }

    [Fact]
    public async Task A_wrong_key_exits_4_and_is_never_printed()
    {
        await using var world = await TestWorld.StartAsync();
        const string wrongKey = "wrong-key-7c1e55";

        var result = await Cli.RunAsync(world.VariablesWith(("KOGNITOS_API_KEY", wrongKey)), "processes");

        Assert.Equal(4, result.ExitCode);
        AssertOneErrorLine(result, "the API key was refused (401");
        Assert.DoesNotContain(wrongKey, result.Output + result.Error);
    }

    [Fact]
    public async Task A_key_of_another_agent_exits_4_and_is_never_printed()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await Cli.RunAsync(world.VariablesWith(("KOGNITOS_API_KEY", TestWorld.OtherAgentKey)), "processes");

        Assert.Equal(4, result.ExitCode);
        AssertOneErrorLine(result, "(403 on GET /v2/processes)");
        Assert.DoesNotContain(TestWorld.OtherAgentKey, result.Output + result.Error);
    }

    [Fact]
    public async Task The_key_file_is_read_and_an_unreadable_one_exits_3()
    {
        await using var world = await TestWorld.StartAsync();
        var keyFile = world.PathOf("key.txt");
        await File.WriteAllTextAsync(keyFile, TestWorld.ApiKey + "\n");
        var withoutKey = world.VariablesWith(("KOGNITOS_API_KEY", null));

        var fromFile = await Cli.RunAsync(withoutKey, "health", "--api-key-file", keyFile);
        var missingFile = await Cli.RunAsync(withoutKey, "health", "--api-key-file", world.PathOf("nope.txt"));

        Assert.Equal(0, fromFile.ExitCode);
        Assert.Equal(3, missingFile.ExitCode);
        AssertOneErrorLine(missingFile, "cannot read the API key file");
    }

    [Fact]
    public async Task An_unknown_process_exits_5()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", "nosuchprocess", "--wait");

        Assert.Equal(5, result.ExitCode);
        AssertOneErrorLine(result, "not found (404 on GET /v2/processes/nosuchprocess)");
    }

    [Fact]
    public async Task A_region_that_does_not_exist_is_a_usage_error_on_the_command_line_and_a_configuration_error_in_the_environment()
    {
        var onCommandLine = await Cli.RunAsync(new Dictionary<string, string> { ["KOGNITOS_API_KEY"] = "k" }, "health", "--region", "MARS");
        var inEnvironment = await Cli.RunAsync(new Dictionary<string, string> { ["KOGNITOS_API_KEY"] = "k", ["KOGNITOS_REGION"] = "MARS" }, "health");

        Assert.Equal(2, onCommandLine.ExitCode);
        AssertOneErrorLine(onCommandLine, "--region must be US, EU or UK, not 'MARS'");
        Assert.Equal(3, inEnvironment.ExitCode);
        AssertOneErrorLine(inEnvironment, "KOGNITOS_REGION must be US, EU or UK, not 'MARS'");
    }

    [Fact]
    public async Task No_agent_exits_3()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await Cli.RunAsync(world.VariablesWith(("KOGNITOS_AGENT_ID", null)), "processes");

        Assert.Equal(3, result.ExitCode);
        AssertOneErrorLine(result, "no agent: pass --agent or set KOGNITOS_AGENT_ID");
    }

    [Fact]
    public async Task A_network_that_is_down_exits_6()
    {
        // A port nothing listens on: the connection is refused (the client retries reads, then gives up).
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await Cli.RunAsync(
            new Dictionary<string, string> { ["KOGNITOS_API_KEY"] = "k", ["KOGNITOS_BASE_URL"] = $"http://127.0.0.1:{port}" }, "health");

        Assert.Equal(6, result.ExitCode);
        AssertOneErrorLine(result, "no answer from the API (GET /v2/health)");
    }

    [Fact]
    public async Task Plain_http_to_a_remote_host_is_refused_as_configuration()
    {
        var result = await Cli.RunAsync(
            new Dictionary<string, string> { ["KOGNITOS_API_KEY"] = "k", ["KOGNITOS_BASE_URL"] = "http://example.invalid" }, "health");

        Assert.Equal(3, result.ExitCode);
        AssertOneErrorLine(result, "only https is allowed");
    }

    [Fact]
    public async Task An_unknown_option_is_a_usage_error()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), "processes", "--colour");

        Assert.Equal(2, result.ExitCode);
        AssertOneErrorLine(result, "--colour");
    }

    private static void AssertOneErrorLine(CliResult result, string expected)
    {
        Assert.StartsWith("kognitos: error: ", result.Error);
        Assert.Contains(expected, result.Error);
        Assert.Equal(1, result.Error.Count(c => c == '\n'));
        Assert.DoesNotContain("   at ", result.Error);
    }
}
