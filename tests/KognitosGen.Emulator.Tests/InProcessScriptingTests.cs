using System.Text.Json;
using System.Text.Json.Nodes;

namespace KognitosGen.Emulator.Tests;

/// <summary>What a test kit needs of a running emulator: processes set later, outputs computed per run, and the record of each run.</summary>
[Trait("Category", "Emulator")]
public sealed class InProcessScriptingTests
{
    private const string NewAgent = "newagent01";
    private const string NewProcess = "newprocess01";

    private static EmulatorScenario KeysOnly() => new EmulatorScenario().AddApiKey(TestScenarios.OrgKey);

    private static ScenarioProcess Instant(string id, Action<ScenarioRunPlan>? configure = null)
    {
        var process = new ScenarioProcess { Id = id, Name = "to do it", Run = new ScenarioRunPlan { PendingMs = 0, RunningMs = 0 } };
        configure?.Invoke(process.Run);
        return process;
    }

    [Fact]
    public async Task A_scenario_with_keys_only_starts_and_a_process_set_later_runs()
    {
        await using var emulator = await KognitosEmulator.StartAsync(KeysOnly());
        using var client = new EmulatorClient(emulator);

        emulator.SetProcess(NewAgent, Instant(NewProcess, run => run.WithOutput("the output total", 5)));
        var started = await client.StartRunAsync(NewProcess, agentId: NewAgent);
        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        Assert.Equal(5, done.GetProperty("outputs")[0].GetProperty("value").GetInt32());
        var listed = await client.GetAsync($"/v2/processes?agent_id={NewAgent}");
        Assert.Equal(NewProcess, listed.Json.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task Setting_a_process_again_replaces_its_plan_for_later_runs()
    {
        await using var emulator = await KognitosEmulator.StartAsync(KeysOnly());
        using var client = new EmulatorClient(emulator);
        emulator.SetProcess(NewAgent, Instant(NewProcess));
        var first = await client.StartRunAsync(NewProcess, agentId: NewAgent);

        emulator.SetProcess(NewAgent, Instant(NewProcess, run => run.Status = TerminalRunStatus.Failed));
        var second = await client.StartRunAsync(NewProcess, agentId: NewAgent);

        Assert.Equal("Succeeded", (await client.WaitForTerminalAsync(first.GetProperty("id").GetString()!)).GetProperty("status").GetString());
        Assert.Equal("Failed", (await client.WaitForTerminalAsync(second.GetProperty("id").GetString()!)).GetProperty("status").GetString());
        var processes = await client.GetAsync($"/v2/processes?agent_id={NewAgent}");
        Assert.Equal(1, processes.Json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_process_ID_of_another_agent_is_refused()
    {
        await using var emulator = await KognitosEmulator.StartAsync(KeysOnly());
        emulator.SetProcess(NewAgent, Instant(NewProcess));

        var error = Assert.Throws<ScenarioException>(() => emulator.SetProcess("otheragent", Instant(NewProcess)));

        Assert.Contains(error.Problems, p => p.Contains(NewAgent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_outputs_callback_sees_the_inputs_and_file_names_and_wins_over_templates()
    {
        await using var emulator = await KognitosEmulator.StartAsync(KeysOnly());
        using var client = new EmulatorClient(emulator);
        ReceivedRun? seen = null;
        emulator.SetProcess(NewAgent, Instant(NewProcess, run =>
        {
            run.WithOutput("the output vendor", "template").WithOutput("the output kept", true);
            run.OutputsFor = received =>
            {
                seen = received;
                var amount = received.Inputs.Single(i => i.Key == "amount").Value.GetDecimal();
                return new JsonObject { ["the output total"] = amount * 2, ["the output vendor"] = "ACME" };
            };
        }));

        var started = await client.StartRunAsync(NewProcess, agentId: NewAgent, inputsJson: """[{"name": "amount", "value": 21.5}]""");
        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        var outputs = done.GetProperty("outputs").EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("value"));
        Assert.Equal(43m, outputs["total"].GetDecimal());
        Assert.Equal("ACME", outputs["vendor"].GetString());
        Assert.True(outputs["kept"].GetBoolean());
        Assert.Equal(started.GetProperty("id").GetString(), seen!.Id);
    }

    [Fact]
    public async Task A_throwing_outputs_callback_is_a_500_naming_the_exception_and_creates_no_run()
    {
        await using var emulator = await KognitosEmulator.StartAsync(KeysOnly());
        using var client = new EmulatorClient(emulator);
        emulator.SetProcess(NewAgent, Instant(NewProcess, run => run.OutputsFor = _ => throw new InvalidOperationException("no amount")));

        var response = await client.PostJsonAsync("/v2/runs",
            $$"""{"name": "n", "process_id": "{{NewProcess}}", "agent_id": "{{NewAgent}}", "stage": "Published"}""");

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.Contains("InvalidOperationException: no amount", response.Body, StringComparison.Ordinal);
        Assert.Empty(emulator.Runs);
    }

    [Fact]
    public async Task Runs_records_what_each_run_received_in_creation_order()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name": "amount", "value": 1}, {"name": "note", "value": null}]""", name: "first");
        await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name": "amount", "value": 2}]""", name: "second");

        var runs = emulator.Runs;
        Assert.Equal(["first", "second"], runs.Select(r => r.Name));
        Assert.Equal(["amount", "note"], runs[0].Inputs.Select(i => i.Key));
        Assert.Equal(JsonValueKind.Null, runs[0].Inputs[1].Value.ValueKind);
        Assert.Equal(2, runs[1].Inputs[0].Value.GetInt32());
        Assert.All(runs, r => Assert.Equal(TestScenarios.InvoiceProcess, r.ProcessId));
        Assert.All(runs, r => Assert.Empty(r.FileIds));
    }

    [Fact]
    public async Task The_unknown_process_hint_follows_the_404_message()
    {
        var options = new KognitosEmulatorOptions { UnknownProcessHint = (agent, process) => $"Script {agent}/{process} first." };
        await using var emulator = await KognitosEmulator.StartAsync(KeysOnly(), options);
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs",
            $$"""{"name": "n", "process_id": "{{NewProcess}}", "agent_id": "{{NewAgent}}", "stage": "Published"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal($"A referenced resource was not found. Script {NewAgent}/{NewProcess} first.", response.String("message"));
        Assert.Equal($"no agent '{NewAgent}'", response.Json.GetProperty("details")[0].GetProperty("message").GetString());
    }
}
