namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class ProcessTests
{
    [Fact]
    public async Task List_processes_returns_the_documented_item_shape_in_scenario_order()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.GetAsync($"/v2/processes?agent_id={TestScenarios.AgentId}&limit=10");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        var json = response.Json;
        Assert.Equal(["items", "continuation_token"], json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, json.GetProperty("continuation_token").ValueKind);
        var items = json.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.Equal(["id", "name", "agent_id", "stage"], items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(TestScenarios.InvoiceProcess, items[0].GetProperty("id").GetString());
        Assert.Equal("to process the invoices", items[0].GetProperty("name").GetString());
        Assert.Equal(TestScenarios.AgentId, items[0].GetProperty("agent_id").GetString());
        Assert.Equal("Published", items[0].GetProperty("stage").GetString());
        Assert.Equal("Draft", items[1].GetProperty("stage").GetString());
    }

    [Fact]
    public async Task List_processes_pages_with_a_continuation_token()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var ids = new List<string>();
        string? token = null;
        var pages = 0;

        do
        {
            var path = $"/v2/processes?agent_id={TestScenarios.AgentId}&limit=3"
                + (token is null ? string.Empty : "&continuation_token=" + Uri.EscapeDataString(token));
            var page = (await client.GetAsync(path)).Json;
            ids.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!));
            token = page.GetProperty("continuation_token").GetString();
            pages++;
        }
        while (token is not null);

        Assert.Equal(2, pages);
        Assert.Equal([TestScenarios.InvoiceProcess, TestScenarios.DraftProcess, TestScenarios.FailingProcess,
            TestScenarios.InstantProcess], ids);
    }

    [Fact]
    public async Task Get_process_returns_the_process()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.GetAsync($"/v2/processes/{TestScenarios.DraftProcess}?agent_id={TestScenarios.AgentId}");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(TestScenarios.DraftProcess, response.String("id"));
        Assert.Equal("to summarize customer feedback comments", response.String("name"));
        Assert.Equal(TestScenarios.AgentId, response.String("agent_id"));
        Assert.Equal("Draft", response.String("stage"));
    }

    [Fact]
    public async Task Unknown_agent_or_process_is_404_with_the_documented_messages()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var listUnknownAgent = await client.GetAsync("/v2/processes?agent_id=nosuchagent");
        var getUnknownProcess = await client.GetAsync($"/v2/processes/nosuchprocess?agent_id={TestScenarios.AgentId}");
        var getUnknownAgent = await client.GetAsync($"/v2/processes/{TestScenarios.InvoiceProcess}?agent_id=nosuchagent");
        var getOtherAgentsProcess = await client.GetAsync(
            $"/v2/processes/{TestScenarios.OtherAgentProcess}?agent_id={TestScenarios.AgentId}");

        Assert.Equal(HttpStatusCode.NotFound, listUnknownAgent.Status);
        Assert.Equal("The specified agent was not found", listUnknownAgent.String("message"));
        Assert.Equal(404, listUnknownAgent.Json.GetProperty("status_code").GetInt32());
        foreach (var response in new[] { getUnknownProcess, getUnknownAgent, getOtherAgentsProcess })
        {
            Assert.Equal(HttpStatusCode.NotFound, response.Status);
            Assert.Equal("The specified process or agent was not found", response.String("message"));
        }
    }
}
