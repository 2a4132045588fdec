namespace KognitosGen.Emulator.Tests;

/// <summary>
/// The readings where FastAPI decides: IDs in query and path are not held to the body's rule (404 when unknown), a
/// repeated query parameter keeps its last value, and a real path asked with another method is 405 with Allow.
/// </summary>
[Trait("Category", "Emulator")]
public sealed class RoutingReadingTests
{
    // The FAQ's Postman process ID: 29 characters, beyond the body rule's 26.
    private const string FaqProcessId = "b4fzn1ghy2nbd3ems6lfd5k044fgd";

    [Theory]
    [InlineData($"/v2/processes/{FaqProcessId}?agent_id={TestScenarios.AgentId}", "The specified process or agent was not found")]
    [InlineData($"/v2/runs?process_id={FaqProcessId}&agent_id={TestScenarios.AgentId}", "The specified process or agent was not found")]
    [InlineData($"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id=bad!agent", "The specified process or agent was not found")]
    [InlineData("/v2/processes/bad!id?agent_id=" + TestScenarios.AgentId, "The specified process or agent was not found")]
    [InlineData($"/v2/runs/{FaqProcessId}", "The specified run was not found")]
    public async Task An_id_in_query_or_path_outside_the_body_rule_is_not_found_rather_than_invalid(string path, string message)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(message, response.String("message"));
    }

    [Fact]
    public async Task A_repeated_query_parameter_keeps_its_last_value()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        for (var i = 0; i < 3; i++)
            await client.StartRunAsync(TestScenarios.InvoiceProcess);

        var limited = await client.GetAsync($"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id={TestScenarios.AgentId}&limit=1&limit=2");
        var agent = await client.GetAsync($"/v2/processes?agent_id={TestScenarios.OtherAgentId}&agent_id={TestScenarios.AgentId}");

        Assert.Equal(HttpStatusCode.OK, limited.Status);
        Assert.Equal(2, limited.Json.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.OK, agent.Status);
        Assert.All(agent.Json.GetProperty("items").EnumerateArray(), p => Assert.Equal(TestScenarios.AgentId, p.GetProperty("agent_id").GetString()));
    }

    [Theory]
    [InlineData("DELETE", "/v2/runs/9nvx1hdm9bd74rp585oe81t5i", "GET")]
    [InlineData("PUT", "/v2/runs", "GET, POST")]
    [InlineData("POST", "/v2/health", "GET")]
    [InlineData("GET", "/v2/files", "POST")]
    [InlineData("PATCH", $"/v2/processes/{TestScenarios.InvoiceProcess}", "GET")]
    public async Task Another_method_on_a_real_path_is_405_with_Allow(string method, string path, string allow)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Add("x-api-key", TestScenarios.OrgKey);

        using var response = await http.SendAsync(request);
        using var body = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        // Allow is a content header to HttpClient.
        Assert.Equal(allow, string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal(405, body.RootElement.GetProperty("status_code").GetInt32());
        Assert.Equal("Method Not Allowed", body.RootElement.GetProperty("message").GetString());
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task An_unknown_path_stays_404_and_405_needs_the_key_like_every_route()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var unknown = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/v2/agents"), TestScenarios.OrgKey);
        var keyless = await client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, "/v2/runs"), apiKey: null);

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, keyless.Status);
    }
}
