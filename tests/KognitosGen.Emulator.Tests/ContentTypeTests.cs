using System.Text;

namespace KognitosGen.Emulator.Tests;

/// <summary>POST bodies are JSON (1.4): a body declared as anything else is refused as the API's FastAPI validation refuses it.</summary>
[Trait("Category", "Emulator")]
public sealed class ContentTypeTests
{
    private const string RunBody = $$"""{"name": "typed", "process_id": "{{TestScenarios.InvoiceProcess}}", "agent_id": "{{TestScenarios.AgentId}}", "stage": "Published"}""";
    private const string FileBody = $$"""{"file_name": "scan.pdf", "agent_id": "{{TestScenarios.AgentId}}"}""";

    private static Task<ApiResponse> PostAsync(EmulatorClient client, string path, string body, string? contentType)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        if (contentType is not null)
            content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(contentType);
        return client.SendAsync(new HttpRequestMessage(HttpMethod.Post, path) { Content = content }, TestScenarios.OrgKey);
    }

    [Theory]
    [InlineData("/v2/runs", "text/plain; charset=utf-8")]
    [InlineData("/v2/runs", "application/x-www-form-urlencoded")]
    [InlineData("/v2/runs", "application/xml")]
    [InlineData("/v2/files", "text/plain")]
    public async Task A_body_declared_as_anything_but_JSON_is_400_and_creates_nothing(string path, string contentType)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await PostAsync(client, path, path == "/v2/runs" ? RunBody : FileBody, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Invalid input values", response.String("message"));
        var detail = Assert.Single(response.Json.GetProperty("details").EnumerateArray());
        Assert.Equal("body", detail.GetProperty("field").GetString());
        Assert.Contains("valid dictionary or object", detail.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(contentType.Split(';')[0], detail.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
        Assert.Equal(0, emulator.Counters.TotalFilesCreated);
    }

    [Theory]
    [InlineData("application/json")]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merge-patch+json")]
    [InlineData(null)]
    public async Task JSON_and_a_body_without_a_content_type_are_read_as_JSON_as_FastAPI_reads_them(string? contentType)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await PostAsync(client, "/v2/runs", RunBody, contentType);

        Assert.Equal(HttpStatusCode.Created, response.Status);
    }

    [Fact]
    public async Task The_lenient_variant_reads_a_text_plain_body_as_JSON()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { LenientContentType = true } });
        using var client = new EmulatorClient(emulator);

        var response = await PostAsync(client, "/v2/runs", RunBody, "text/plain");

        Assert.Equal(HttpStatusCode.Created, response.Status);
    }
}
