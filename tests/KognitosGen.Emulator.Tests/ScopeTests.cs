using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>An agent-scoped key sees only its agent: 403 with an ErrorModel elsewhere.</summary>
[Trait("Category", "Emulator")]
public sealed class ScopeTests
{
    [Fact]
    public async Task Agent_key_works_on_its_own_agent()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v2/health", TestScenarios.AgentKey)).Status);
        Assert.Equal(HttpStatusCode.OK,
            (await client.GetAsync($"/v2/processes?agent_id={TestScenarios.AgentId}", TestScenarios.AgentKey)).Status);
        var run = await client.StartRunAsync(TestScenarios.InstantProcess, apiKey: TestScenarios.AgentKey);
        Assert.Equal(HttpStatusCode.OK,
            (await client.GetAsync($"/v2/runs/{run.GetProperty("id").GetString()}", TestScenarios.AgentKey)).Status);
    }

    [Trait("Category", "Reliability")]
    [Fact]
    public async Task Agent_key_on_a_foreign_agent_is_403_everywhere()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var foreignRun = await client.StartRunAsync(TestScenarios.OtherAgentProcess, agentId: TestScenarios.OtherAgentId);
        var foreignRunId = foreignRun.GetProperty("id").GetString();
        const string key = TestScenarios.AgentKey;
        const string other = TestScenarios.OtherAgentId;

        var responses = new[]
        {
            await client.GetAsync($"/v2/processes?agent_id={other}", key),
            await client.GetAsync($"/v2/processes/{TestScenarios.OtherAgentProcess}?agent_id={other}", key),
            await client.GetAsync($"/v2/runs?agent_id={other}&process_id={TestScenarios.OtherAgentProcess}", key),
            await client.PostJsonAsync("/v2/runs",
                $$"""{"name":"x","process_id":"{{TestScenarios.OtherAgentProcess}}","agent_id":"{{other}}","stage":"Published"}""", key),
            await client.GetAsync($"/v2/runs/{foreignRunId}", key),
            await client.PostJsonAsync("/v2/files", $$"""{"file_name":"a.pdf","agent_id":"{{other}}"}""", key),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.Status);
            Assert.Equal(403, response.Json.GetProperty("status_code").GetInt32());
            Assert.False(string.IsNullOrEmpty(response.String("message")));
            Assert.Equal(JsonValueKind.Array, response.Json.GetProperty("details").ValueKind);
        }

        Assert.Equal(1, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Agent_key_may_omit_agent_id_on_files_but_org_key_may_not()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var scoped = await client.PostJsonAsync("/v2/files", """{"file_name":"a.pdf"}""", TestScenarios.AgentKey);
        var org = await client.PostJsonAsync("/v2/files", """{"file_name":"a.pdf"}""", TestScenarios.OrgKey);
        var orgNull = await client.PostJsonAsync("/v2/files", """{"file_name":"a.pdf","agent_id":null}""", TestScenarios.OrgKey);

        Assert.Equal(HttpStatusCode.Created, scoped.Status);
        Assert.Equal(HttpStatusCode.BadRequest, org.Status);
        Assert.Equal("Invalid input values", org.String("message"));
        Assert.Equal("agent_id", org.Json.GetProperty("details")[0].GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, orgNull.Status);
    }
}
