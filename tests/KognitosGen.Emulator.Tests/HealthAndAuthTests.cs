namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class HealthAndAuthTests
{
    [Fact]
    public async Task Health_with_a_key_is_200_OK()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.GetAsync("/v2/health");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("""{"status":"OK"}""", response.Body);
    }

    [Trait("Category", "Reliability")]
    [Theory]
    [InlineData(null, "the x-api-key header is missing")]
    [InlineData("", "the x-api-key header is missing")]
    [InlineData("not-a-key", "the API key is not recognised")]
    public async Task Missing_or_unknown_key_is_401_ErrorModel_on_every_route(string? key, string detail)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var responses = new[]
        {
            await client.GetAsync("/v2/health", key),
            await client.GetAsync($"/v2/processes?agent_id={TestScenarios.AgentId}", key),
            await client.GetAsync($"/v2/processes/{TestScenarios.InvoiceProcess}?agent_id={TestScenarios.AgentId}", key),
            await client.GetAsync($"/v2/runs?agent_id={TestScenarios.AgentId}&process_id={TestScenarios.InvoiceProcess}", key),
            await client.PostJsonAsync("/v2/runs", "{}", key),
            await client.GetAsync("/v2/runs/abc", key),
            await client.PostJsonAsync("/v2/files", """{"file_name":"a.pdf"}""", key),
        };

        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            var json = response.Json;
            Assert.Equal(401, json.GetProperty("status_code").GetInt32());
            Assert.Equal("access not permitted", json.GetProperty("message").GetString());
            var details = json.GetProperty("details");
            Assert.Equal("x-api-key", details[0].GetProperty("field").GetString());
            Assert.Equal(detail, details[0].GetProperty("message").GetString());
        }
    }

    [Fact]
    public async Task Unknown_v2_path_is_404_ErrorModel_after_the_key_check()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/v2/agents", apiKey: null)).Status);
        var response = await client.GetAsync("/v2/agents");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal(404, response.Json.GetProperty("status_code").GetInt32());
        Assert.Equal("Not Found", response.String("message"));
    }
}
