using System.Text.Json;
using KognitosGen.Emulator;

namespace KognitosGen.Cli.Tests;

public sealed class PullTests
{
    [Fact]
    public async Task Pull_writes_processes_and_the_kinds_of_observed_outputs()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("note", "\"first\""));
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        await world.CompleteRunAsync(TestWorld.FeedbackProcess, KognitosStage.Draft);
        await world.CompleteRunAsync(TestWorld.FailingProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");

        var result = await world.RunAsync("pull", "-o", lockPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("new lock: 1 agent(s), 4 process(es)", result.Output);
        var text = await File.ReadAllTextAsync(lockPath);
        Assert.DoesNotContain("\r", text);
        Assert.EndsWith("}\n", text);
        Assert.DoesNotContain(TestWorld.ApiKey, text);
        Assert.DoesNotContain("first", text.Replace("\"the output", ""), StringComparison.Ordinal); // inputs never land in the lock, except as echoed outputs
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal(world.Emulator.BaseAddress.ToString().TrimEnd('/'), root.GetProperty("baseUrl").GetString());
        var processes = root.GetProperty("agents")[0].GetProperty("processes").EnumerateArray().ToList();
        Assert.Equal(processes.Select(p => p.GetProperty("id").GetString()).Order(StringComparer.Ordinal), processes.Select(p => p.GetProperty("id").GetString()));

        var invoice = processes.Single(p => p.GetProperty("id").GetString() == TestWorld.InvoiceProcess);
        Assert.Equal("Published", invoice.GetProperty("stage").GetString());
        Assert.Equal(2, invoice.GetProperty("runsSampled").GetInt32());
        var outputs = invoice.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);
        Assert.Equal(outputs.Keys.Order(StringComparer.Ordinal), outputs.Keys);
        Assert.Equal(["number"], Kinds(outputs["total"]));
        Assert.Equal(["integer"], Kinds(outputs["line_count"]));
        Assert.Equal(["boolean"], Kinds(outputs["approved"]));
        Assert.Equal(["date-time"], Kinds(outputs["reviewed_at"]));
        Assert.Equal(["date"], Kinds(outputs["due_date"]));
        Assert.Equal(["array"], Kinds(outputs["companies"]));
        Assert.Equal(["object"], Kinds(outputs["details"]));
        Assert.Equal(["null", "string"], Kinds(outputs["note"]));
        Assert.Equal(2, outputs["note"].GetProperty("seen").GetInt32());
        Assert.Equal("null", outputs["note"].GetProperty("example").GetString()); // from the newest run
        Assert.Equal("{\"currency\":\"EUR\",\"pages\":2}", outputs["details"].GetProperty("example").GetString());

        var failing = processes.Single(p => p.GetProperty("id").GetString() == TestWorld.FailingProcess);
        Assert.Equal(0, failing.GetProperty("runsSampled").GetInt32());
        Assert.Empty(failing.GetProperty("outputs").EnumerateArray());
    }

    [Fact]
    public async Task A_second_pull_with_no_server_change_leaves_the_file_byte_identical()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var first = await File.ReadAllBytesAsync(lockPath);
        await Task.Delay(1100); // a later second, so a rewritten pulledAt would differ

        var second = await world.RunAsync("pull", "-o", lockPath);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal(first, await File.ReadAllBytesAsync(lockPath));
        Assert.Contains("up to date", second.Output);
        Assert.Contains("no change since the previous lock", second.Output);
    }

    [Fact]
    public async Task A_pull_says_what_changed_and_keeps_x_members()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var edited = (await File.ReadAllTextAsync(lockPath)).Replace("  \"agents\": [", "  \"x-owner\": \"team-invoices\",\n  \"agents\": [");
        await File.WriteAllTextAsync(lockPath, edited);
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("note", "42"));

        var result = await world.RunAsync("pull", "-o", lockPath);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"~ output \"note\" of {TestWorld.InvoiceProcess}: kinds null -> integer, null", result.Output);
        Assert.Contains($"~ process {TestWorld.InvoiceProcess}: runs sampled 1 -> 2", result.Output);
        Assert.Contains("\"x-owner\": \"team-invoices\",", await File.ReadAllTextAsync(lockPath));
    }

    [Fact]
    public async Task A_server_failure_mid_pull_leaves_the_old_lock_intact()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        var before = await File.ReadAllBytesAsync(lockPath);
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published, ("note", "\"changed\""));
        // The process list still answers; every run listing fails, after the processes were read.
        world.Emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1, Paths = { "/v2/runs" } };

        var result = await world.RunAsync("pull", "-o", lockPath);

        Assert.Equal(7, result.ExitCode);
        Assert.StartsWith("kognitos: error: the API answered 503 on GET /v2/runs", result.Error);
        Assert.Equal(before, await File.ReadAllBytesAsync(lockPath));
        Assert.Equal(["kognitos.schema.json"], Directory.GetFiles(world.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Pull_shows_progress_on_a_terminal_only()
    {
        await using var world = await TestWorld.StartAsync();

        var terminal = await Cli.RunAsync(world.Variables, interactive: true, "pull", "-o", world.PathOf("a.json"));
        var redirected = await world.RunAsync("pull", "-o", world.PathOf("b.json"));

        Assert.Contains($"agent {TestWorld.AgentId}: process 1 of 4", terminal.Error);
        Assert.Equal("", redirected.Error);
    }

    [Fact]
    public async Task Pull_with_several_agents_needs_each_to_exist()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("pull", "-o", world.PathOf("k.json"), "--agent", TestWorld.AgentId, "--agent", "nosuchagent");

        Assert.Equal(5, result.ExitCode);
        Assert.False(File.Exists(world.PathOf("k.json")));
    }

    [Fact]
    public async Task Pull_refuses_to_replace_a_broken_lock()
    {
        await using var world = await TestWorld.StartAsync();
        var lockPath = world.PathOf("kognitos.schema.json");
        await File.WriteAllTextAsync(lockPath, "{\n  \"version\": 1,\n  \"pulledAt\": 5\n}\n");

        var result = await world.RunAsync("pull", "-o", lockPath);

        Assert.Equal(8, result.ExitCode);
        Assert.Contains($"{lockPath}:3: pulledAt: expected a string", result.Error);
    }

    [Fact]
    public async Task Pull_says_why_a_process_has_no_outputs_and_what_to_do()
    {
        await using var world = await TestWorld.StartAsync();
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        await world.CompleteRunAsync(TestWorld.FailingProcess, KognitosStage.Published);
        await world.CompleteRunAsync(TestWorld.FailingProcess, KognitosStage.Published);

        var result = await world.RunAsync("pull", "-o", world.PathOf("kognitos.schema.json"));
        var json = await world.RunAsync("pull", "-o", world.PathOf("again.json"), "--json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var notes = result.Output.Split('\n').Where(l => l.StartsWith("  note: ", StringComparison.Ordinal)).ToList();
        Assert.Equal(
        [
            $"  note: no succeeded run of \"to fail every time\" ({TestWorld.FailingProcess}) among its last 2, so no outputs are known: start one that succeeds, then pull again",
            $"  note: no run of \"to summarize customer feedback\" ({TestWorld.FeedbackProcess}) yet, so no outputs are known: start one (kognitos run --process {TestWorld.FeedbackProcess} --wait), then pull again",
            $"  note: no run of \"to take all day\" ({TestWorld.SlowProcess}) yet, so no outputs are known: start one (kognitos run --process {TestWorld.SlowProcess} --wait), then pull again",
        ], notes);
        Assert.DoesNotContain(TestWorld.InvoiceProcess, string.Join("\n", notes));
        using var document = JsonDocument.Parse(json.Output);
        var unsampled = document.RootElement.GetProperty("unsampled").EnumerateArray().ToList();
        Assert.Equal([TestWorld.FailingProcess, TestWorld.FeedbackProcess, TestWorld.SlowProcess], unsampled.Select(u => u.GetProperty("process_id").GetString()));
        Assert.Equal([2, 0, 0], unsampled.Select(u => u.GetProperty("runs_seen").GetInt32()));
    }

    [Fact]
    public async Task Pull_with_no_runs_to_sample_gives_no_notes()
    {
        await using var world = await TestWorld.StartAsync();

        var result = await world.RunAsync("pull", "-o", world.PathOf("kognitos.schema.json"), "--runs", "0");

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain("note:", result.Output);
    }

    private static List<string?> Kinds(JsonElement output) => output.GetProperty("kinds").EnumerateArray().Select(k => k.GetString()).ToList();
}
