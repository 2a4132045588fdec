using System.Text.Json;

namespace KognitosGen.Cli.Tests;

public sealed class ListingTests
{
    [Fact]
    public async Task Health_prints_the_status_and_exits_0()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("health");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(": OK", result.Output);
        Assert.Equal("", result.Error);
    }

    [Fact]
    public async Task Health_as_json_says_healthy()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("health", "--json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("OK", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("healthy").GetBoolean());
    }

    [Fact]
    public async Task Processes_lists_id_name_and_stage_as_a_table()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("processes");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("ID", lines[0]);
        Assert.Contains("NAME", lines[0]);
        Assert.Equal(5, lines.Length);
        Assert.Contains(lines, l => l.Contains(TestWorld.FeedbackProcess) && l.Contains("to summarize customer feedback") && l.TrimEnd().EndsWith("Draft"));
    }

    [Fact]
    public async Task Processes_as_json_for_scripts()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("processes", "--json", "--agent", TestWorld.AgentId);

        using var json = JsonDocument.Parse(result.Output);
        var ids = json.RootElement.EnumerateArray().Select(p => p.GetProperty("id").GetString()).ToList();
        Assert.Equal([TestWorld.InvoiceProcess, TestWorld.FeedbackProcess, TestWorld.FailingProcess, TestWorld.SlowProcess], ids);
    }

    [Fact]
    public async Task Runs_lists_newest_first_within_the_limit()
    {
        await using var world = await TestWorld.StartAsync();
        var first = await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var second = await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var third = await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);

        var table = await world.RunAsync("runs", "--process", TestWorld.InvoiceProcess, "--limit", "2");
        var json = await world.RunAsync("runs", "--process", TestWorld.InvoiceProcess, "--json");

        Assert.Equal(0, table.ExitCode);
        var lines = table.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["ID", "NAME", "STATUS", "CREATED"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(3, lines.Length);
        Assert.StartsWith(third.Id, lines[1]);
        Assert.StartsWith(second.Id, lines[2]);
        Assert.Contains("Succeeded", lines[1]);
        using var document = JsonDocument.Parse(json.Output);
        Assert.Equal([third.Id, second.Id, first.Id], document.RootElement.EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task Help_describes_every_command()
    {
        var result = await Cli.RunAsync(new Dictionary<string, string>(), "--help");

        Assert.Equal(0, result.ExitCode);
        foreach (var command in new[] { "health", "processes", "runs", "run", "pull", "scaffold", "export", "record", "recording" })
            Assert.Contains("  " + command + " ", result.Output);
        Assert.Contains("--api-key-file", result.Output);
    }
}
