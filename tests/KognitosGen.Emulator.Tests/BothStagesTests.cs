using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>A process with both stages (6.2: a process can be run as draft or published), each with its own outcome.</summary>
[Trait("Category", "Emulator")]
public sealed class BothStagesTests
{
    private const string Agent = "b0thst4g3s4g3nt0000000001";
    private const string Process = "b0thst4g3spr0c3ss00000001";

    private static EmulatorScenario Scenario() => new EmulatorScenario()
        .AddApiKey("k")
        .AddAgent(Agent, agent => agent.AddProcessInBothStages(Process, "to approve an invoice",
            published => published.WithOutput("the output approved", true),
            draft =>
            {
                draft.Status = TerminalRunStatus.Failed;
                draft.WithOutput("the output approved", false);
            }));

    [Fact]
    public async Task Each_stage_of_one_process_runs_with_its_own_outcome()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Scenario());
        using var client = new EmulatorClient(emulator, "k");

        var published = await client.WaitForTerminalAsync((await client.StartRunAsync(Process, "Published", agentId: Agent, apiKey: "k")).GetProperty("id").GetString()!);
        var draft = await client.WaitForTerminalAsync((await client.StartRunAsync(Process, "Draft", agentId: Agent, apiKey: "k")).GetProperty("id").GetString()!);

        Assert.Equal("Succeeded", published.GetProperty("status").GetString());
        Assert.Equal("Published", published.GetProperty("stage").GetString());
        Assert.Equal("""[{"name":"approved","value":true}]""", published.GetProperty("outputs").GetRawText());
        Assert.Equal("Failed", draft.GetProperty("status").GetString());
        Assert.Equal("Draft", draft.GetProperty("stage").GetString());
        // A run that did not succeed has no outputs, whatever its stage scripts.
        Assert.Equal(JsonValueKind.Null, draft.GetProperty("outputs").ValueKind);
        var drafts = await client.GetAsync($"/v2/runs?process_id={Process}&agent_id={Agent}&stage=Draft", "k");
        Assert.Equal(draft.GetProperty("id").GetString(), Assert.Single(drafts.Json.GetProperty("items").EnumerateArray()).GetProperty("id").GetString());
        // Listed once, in its first stage.
        var processes = await client.GetAsync($"/v2/processes?agent_id={Agent}", "k");
        Assert.Equal("Published", Assert.Single(processes.Json.GetProperty("items").EnumerateArray()).GetProperty("stage").GetString());
    }

    [Fact]
    public async Task Both_stages_come_from_a_scenario_file_and_a_bad_other_stage_plan_is_reported_with_its_path()
    {
        const string Json = """
            {"apiKeys": [{"key": "k"}],
             "agents": [{"id": "a1", "processes": [{"id": "p1", "name": "to run", "stage": "Draft",
               "run": {"pendingMs": 0, "runningMs": 0, "outputs": {"the output stage": "draft"}},
               "otherStageRun": {"pendingMs": 0, "runningMs": 0, "status": "TimedOut"}}]}]}
            """;
        await using var emulator = await KognitosEmulator.StartAsync(Json);
        using var client = new EmulatorClient(emulator, "k");

        var published = await client.WaitForTerminalAsync((await client.StartRunAsync("p1", "Published", agentId: "a1", apiKey: "k")).GetProperty("id").GetString()!);
        var draft = await client.WaitForTerminalAsync((await client.StartRunAsync("p1", "Draft", agentId: "a1", apiKey: "k")).GetProperty("id").GetString()!);
        var bad = await Assert.ThrowsAsync<ScenarioException>(() => KognitosEmulator.StartAsync(Json.Replace("\"runningMs\": 0, \"status\"", "\"runningMs\": -1, \"status\"", StringComparison.Ordinal)));

        Assert.Equal("TimedOut", published.GetProperty("status").GetString());
        Assert.Equal("Succeeded", draft.GetProperty("status").GetString());
        Assert.Equal("draft", draft.GetProperty("outputs")[0].GetProperty("value").GetString());
        Assert.Contains(bad.Problems, p => p.StartsWith("agents[0].processes[0].otherStageRun.runningMs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_process_with_one_stage_still_refuses_the_other_with_404()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", $$"""
            {"name": "n", "process_id": "{{TestScenarios.DraftProcess}}", "agent_id": "{{TestScenarios.AgentId}}", "stage": "Published"}
            """);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("stage", response.Json.GetProperty("details")[0].GetProperty("field").GetString());
    }
}
