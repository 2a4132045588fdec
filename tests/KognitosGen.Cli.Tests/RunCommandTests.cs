using System.Text.Json;

namespace KognitosGen.Cli.Tests;

public sealed class RunCommandTests
{
    [Fact]
    public async Task Run_with_wait_sends_inputs_and_files_and_prints_the_outputs()
    {
        await using var world = await TestWorld.StartAsync();
        var scan = world.PathOf("scan.pdf");
        await File.WriteAllTextAsync(scan, "%PDF small");

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--input", "note={\"a\":1}", "--file", scan, "--wait", "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("Succeeded", json.RootElement.GetProperty("status").GetString());
        var outputs = json.RootElement.GetProperty("outputs");
        Assert.Equal(1, outputs.GetProperty("note").GetProperty("a").GetInt32());
        Assert.Equal("scan.pdf", outputs.GetProperty("files")[0].GetString());
        Assert.Equal(1234.56m, outputs.GetProperty("total").GetDecimal());
    }

    [Fact]
    public async Task Input_values_that_are_not_json_are_sent_as_strings()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "-p", TestWorld.InvoiceProcess, "-i", "note=hello world", "--wait");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Succeeded", result.Output);
        Assert.Contains("note", result.Output);
        Assert.Contains("\"hello world\"", result.Output);
    }

    [Fact]
    public async Task Run_without_wait_prints_the_started_run()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.FeedbackProcess);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Started run ", result.Output);
        Assert.Contains("to summarize customer feedback", result.Output);
    }

    [Fact]
    public async Task Wait_shows_status_changes_on_a_terminal_and_nothing_when_redirected()
    {
        await using var world = await TestWorld.StartAsync();

        var terminal = await Cli.RunAsync(world.Variables, interactive: true, "run", "--process", TestWorld.InvoiceProcess, "--wait");
        var redirected = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--wait");

        Assert.Equal(0, terminal.ExitCode);
        Assert.Contains(": Created", terminal.Error);
        Assert.Contains(": Succeeded", terminal.Error);
        Assert.Equal("", redirected.Error);
    }

    [Fact]
    public async Task A_failed_run_exits_10()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.FailingProcess, "--wait");

        Assert.Equal(10, result.ExitCode);
        Assert.Contains("Failed", result.Output);
    }

    [Fact]
    public async Task A_wait_past_the_timeout_exits_11_with_one_line()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.SlowProcess, "--wait", "--timeout", "1s");

        Assert.Equal(11, result.ExitCode);
        Assert.Matches("^kognitos: error: run .+ was still (Running|Pending|Created) after 1 s; .+\n$", result.Error);
    }

    [Fact]
    public async Task A_file_that_does_not_exist_exits_9_before_anything_is_started()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--file", world.PathOf("missing.pdf"));

        Assert.Equal(9, result.ExitCode);
        Assert.Contains("missing.pdf' does not exist", result.Error);
        Assert.Equal(0, world.Emulator.Counters.Snapshot().TotalRunsCreated);
    }

    [Fact]
    public async Task A_file_over_the_upload_limit_exits_9()
    {
        await using var world = await TestWorld.StartAsync();
        var big = world.PathOf("big.bin");
        await File.WriteAllBytesAsync(big, new byte[4096]);

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--file", big);

        Assert.Equal(9, result.ExitCode);
        Assert.Contains("exceeds the upload limit", result.Error);
    }

    [Fact]
    public async Task An_input_without_a_name_is_a_usage_error()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--input", "=5");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("is not name=value", result.Error);
    }

    [Fact]
    public async Task A_malformed_timeout_is_a_usage_error()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("run", "--process", TestWorld.InvoiceProcess, "--wait", "--timeout", "soon");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--timeout 'soon'", result.Error);
    }
}
