namespace KognitosGen.Emulator.Tests;

/// <summary>Health that is not OK (section 4) and a run naming a file not uploaded yet (open question 6), both ways.</summary>
[Trait("Category", "Emulator")]
public sealed class HealthAndFileReadingTests
{
    [Theory]
    [InlineData(200, "DEGRADED")]
    [InlineData(503, "UNAVAILABLE")]
    public async Task Health_reports_the_variants_status_with_its_code(int code, string status)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { HealthStatus = status, HealthStatusCode = code } });
        using var client = new EmulatorClient(emulator);

        var response = await client.GetAsync("/v2/health");

        Assert.Equal((HttpStatusCode)code, response.Status);
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal($$"""{"status":"{{status}}"}""", response.Body);
    }

    [Theory]
    [InlineData(false, HttpStatusCode.NotFound)]
    [InlineData(true, HttpStatusCode.Created)]
    public async Task A_run_naming_a_file_not_uploaded_yet_is_refused_or_accepted_as_the_variant_says(bool accept, HttpStatusCode expected)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { RunsAcceptFilesNotUploaded = accept } });
        using var client = new EmulatorClient(emulator);
        var file = await client.PostJsonAsync("/v2/files", $$"""{"file_name": "scan.pdf", "agent_id": "{{TestScenarios.AgentId}}"}""");
        var id = file.String("id")!;

        var response = await client.PostJsonAsync("/v2/runs", $$"""
            {"name": "early", "process_id": "{{TestScenarios.InvoiceProcess}}", "agent_id": "{{TestScenarios.AgentId}}",
             "stage": "Published", "file_ids": ["{{id}}"]}
            """);

        Assert.Equal(expected, response.Status);
        if (accept)
        {
            Assert.Equal(id, response.Json.GetProperty("file_ids")[0].GetString());
        }
        else
        {
            Assert.Equal("A referenced resource was not found", response.String("message"));
            Assert.Contains("has not been uploaded yet", response.Json.GetProperty("details")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("""{"healthStatusCode": 500}""", "healthStatusCode")]
    [InlineData("""{"healthStatus": ""}""", "healthStatus")]
    [InlineData("""{"concurrentRunLimit": -1}""", "concurrentRunLimit")]
    public async Task Bad_new_variants_in_a_scenario_are_reported_with_their_path(string variants, string member)
    {
        var json = $$"""{"apiKeys": [{"key": "k"}], "agents": [], "variants": {{variants}}}""";

        var bad = await Assert.ThrowsAsync<ScenarioException>(() => KognitosEmulator.StartAsync(json));

        Assert.Contains(bad.Problems, p => p.StartsWith("variants." + member, StringComparison.Ordinal));
    }
}
