using System.Text;
using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class FileTests
{
    [Fact]
    public async Task Create_file_returns_the_documented_FileResource()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/files",
            $$"""{"agent_id": "{{TestScenarios.AgentId}}", "file_name": "test-file.pdf"}""");

        Assert.Equal(HttpStatusCode.Created, response.Status);
        var file = response.Json;
        Assert.Equal(["id", "file_name", "upload_url", "upload_http_method", "upload_http_headers", "upload_fields"],
            file.EnumerateObject().Select(p => p.Name));
        var id = file.GetProperty("id").GetString()!;
        Assert.Matches("^[0-9a-z]{25}$", id);
        Assert.Equal("test-file.pdf", file.GetProperty("file_name").GetString());
        Assert.Equal(new Uri(emulator.BaseAddress, $"_s3/upload/{id}").ToString(), file.GetProperty("upload_url").GetString());
        Assert.Equal("POST", file.GetProperty("upload_http_method").GetString());
        Assert.Equal("{}", file.GetProperty("upload_http_headers").GetRawText());
        var fields = file.GetProperty("upload_fields");
        Assert.Equal(["key", "AWSAccessKeyId", "x-amz-security-token", "policy", "signature", "Content-Type"],
            fields.EnumerateObject().Select(p => p.Name));
        Assert.All(fields.EnumerateObject(), f => Assert.False(string.IsNullOrEmpty(f.Value.GetString())));
        Assert.Equal("application/pdf", fields.GetProperty("Content-Type").GetString());
        Assert.EndsWith("/test-file.pdf", fields.GetProperty("key").GetString(), StringComparison.Ordinal);
        var policy = Encoding.UTF8.GetString(Convert.FromBase64String(fields.GetProperty("policy").GetString()!));
        Assert.Contains(fields.GetProperty("key").GetString()!, policy, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../etc/invoice.pdf", "invoice.pdf")]
    [InlineData("C:\\scans\\march.pdf", "march.pdf")]
    [InlineData("what?.pdf", "what_.pdf")]
    [InlineData("my resume.docx", "my resume.docx")]
    [InlineData("  .. ", "file")]
    public async Task File_names_are_sanitised(string requested, string expected)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/files",
            $$"""{"agent_id": "{{TestScenarios.AgentId}}", "file_name": {{JsonSerializer.Serialize(requested)}}}""");

        Assert.Equal(expected, response.String("file_name"));
    }

    [Fact]
    public async Task Unknown_agent_is_404_The_specified_agent_was_not_found()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/files", """{"agent_id": "nosuchagent", "file_name": "a.pdf"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("The specified agent was not found", response.String("message"));
    }

    [Fact]
    public async Task Files_end_to_end_create_upload_run_and_read_file_outputs()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var first = await client.UploadFileAsync("alice.pdf", Encoding.UTF8.GetBytes("%PDF alice"));
        var second = await client.UploadFileAsync("bob resume.pdf", Encoding.UTF8.GetBytes("%PDF bob"), agentId: null,
            apiKey: TestScenarios.AgentKey);
        var fileIds = JsonSerializer.Serialize(new[] { first.GetProperty("id").GetString(), second.GetProperty("id").GetString() });

        var started = await client.StartRunAsync(TestScenarios.InvoiceProcess, fileIdsJson: fileIds);
        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        Assert.Equal(fileIds, started.GetProperty("file_ids").GetRawText());
        Assert.Equal(fileIds, done.GetProperty("file_ids").GetRawText());
        var outputs = done.GetProperty("outputs").EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("value").GetRawText());
        Assert.Equal("""["alice.pdf","bob resume.pdf"]""", outputs["files"]);
        Assert.Equal("2", outputs["file_count"]);
        Assert.Equal(2, emulator.Counters.RequestsFor("POST", "/_s3/upload/{file_id}"));
    }

    [Fact]
    public async Task Run_with_an_unknown_or_not_yet_uploaded_file_is_404_naming_the_file()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var uploaded = await client.UploadFileAsync("ok.pdf", [1, 2, 3]);
        var announced = (await client.PostJsonAsync("/v2/files",
            $$"""{"agent_id": "{{TestScenarios.AgentId}}", "file_name": "later.pdf"}""")).Json;
        var foreign = await client.UploadFileAsync("theirs.pdf", [4], TestScenarios.OtherAgentId);
        var ids = new[]
        {
            uploaded.GetProperty("id").GetString(), "nosuchfile", announced.GetProperty("id").GetString(),
            foreign.GetProperty("id").GetString(),
        };

        var response = await client.PostJsonAsync("/v2/runs", $$"""
            {"name":"x","process_id":"{{TestScenarios.InvoiceProcess}}","agent_id":"{{TestScenarios.AgentId}}",
             "stage":"Published","file_ids":{{JsonSerializer.Serialize(ids)}}}
            """);

        Assert.Equal(HttpStatusCode.NotFound, response.Status);
        Assert.Equal("A referenced resource was not found", response.String("message"));
        var details = response.Json.GetProperty("details").EnumerateArray().ToList();
        Assert.Equal(["file_ids[1]", "file_ids[2]", "file_ids[3]"], details.Select(d => d.GetProperty("field").GetString()));
        Assert.Contains("nosuchfile", details[0].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("not been uploaded", details[1].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Upload_without_a_file_part_is_400()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = await AnnounceAsync(client);

        var response = await client.UploadAsync(file, content: null);

        AssertS3Error(response, HttpStatusCode.BadRequest, "InvalidArgument");
    }

    [Theory]
    [InlineData("policy")]
    [InlineData("key")]
    public async Task Upload_with_a_wrong_key_or_policy_is_403(string field)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = await AnnounceAsync(client);

        var response = await client.UploadAsync(file, [1], new Dictionary<string, string?> { [field] = "tampered" });

        AssertS3Error(response, HttpStatusCode.Forbidden, "AccessDenied");
        await AssertNotUploadedAsync(client, file);
    }

    [Theory]
    [InlineData("policy")]
    [InlineData("key")]
    public async Task Upload_missing_key_or_policy_is_400(string field)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = await AnnounceAsync(client);

        var response = await client.UploadAsync(file, [1], new Dictionary<string, string?> { [field] = null });

        AssertS3Error(response, HttpStatusCode.BadRequest, "InvalidArgument");
    }

    [Fact]
    public async Task Fields_after_the_file_part_are_ignored_as_S3_does()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = await AnnounceAsync(client);

        var response = await client.UploadAsync(file, [1], fileFirst: true);

        AssertS3Error(response, HttpStatusCode.BadRequest, "InvalidArgument");
    }

    [Fact]
    public async Task Upload_over_the_size_limit_is_413_and_at_the_limit_is_204()
    {
        var scenario = TestScenarios.Standard();
        scenario.UploadSizeLimitBytes = 1024;
        await using var emulator = await KognitosEmulator.StartAsync(scenario);
        using var client = new EmulatorClient(emulator);
        var tooBig = await AnnounceAsync(client);
        var atLimit = await AnnounceAsync(client);

        var rejected = await client.UploadAsync(tooBig, new byte[1025]);
        var accepted = await client.UploadAsync(atLimit, new byte[1024]);

        AssertS3Error(rejected, HttpStatusCode.RequestEntityTooLarge, "EntityTooLarge");
        Assert.Equal(HttpStatusCode.NoContent, accepted.Status);
        Assert.Equal(string.Empty, accepted.Body);
        await AssertNotUploadedAsync(client, tooBig);
    }

    [Fact]
    public async Task Upload_to_an_unknown_file_id_is_404()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = await AnnounceAsync(client);
        var unknown = JsonDocument.Parse(file.GetRawText().Replace(
            file.GetProperty("id").GetString()!, "nosuchfile0000000000000000", StringComparison.Ordinal)).RootElement;

        var response = await client.UploadAsync(unknown, [1]);

        AssertS3Error(response, HttpStatusCode.NotFound, "NoSuchUpload");
    }

    [Fact]
    public async Task Upload_that_is_not_multipart_is_400()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = await AnnounceAsync(client);

        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, file.GetProperty("upload_url").GetString())
        {
            Content = new ByteArrayContent([1, 2, 3]),
        }, apiKey: null);

        AssertS3Error(response, HttpStatusCode.BadRequest, "PreconditionFailed");
    }

    private static async Task<JsonElement> AnnounceAsync(EmulatorClient client) =>
        (await client.PostJsonAsync("/v2/files", $$"""{"agent_id": "{{TestScenarios.AgentId}}", "file_name": "scan.pdf"}""")).Json;

    private static async Task AssertNotUploadedAsync(EmulatorClient client, JsonElement file)
    {
        var response = await client.PostJsonAsync("/v2/runs", $$"""
            {"name":"x","process_id":"{{TestScenarios.InvoiceProcess}}","agent_id":"{{TestScenarios.AgentId}}",
             "stage":"Published","file_ids":["{{file.GetProperty("id").GetString()}}"]}
            """);
        Assert.Equal(HttpStatusCode.NotFound, response.Status);
    }

    private static void AssertS3Error(ApiResponse response, HttpStatusCode status, string code)
    {
        Assert.True(response.Status == status, $"expected {(int)status}, got {(int)response.Status}: {response.Body}");
        Assert.Equal("application/xml", response.ContentType);
        Assert.Contains($"<Code>{code}</Code>", response.Body, StringComparison.Ordinal);
    }
}
