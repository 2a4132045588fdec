namespace KognitosGen.Emulator.Tests;

/// <summary>The presigned POST's form (7.2) checked as S3 checks it: 403 with S3's XML error and the right Code.</summary>
[Trait("Category", "Emulator")]
public sealed class UploadFormTests
{
    private static async Task<(KognitosEmulator Emulator, EmulatorClient Client, System.Text.Json.JsonElement File)> AnnounceAsync(TimeProvider? clock = null)
    {
        var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { TimeProvider = clock ?? TimeProvider.System });
        var client = new EmulatorClient(emulator);
        var created = await client.PostJsonAsync("/v2/files", $$"""{"file_name": "scan.pdf", "agent_id": "{{TestScenarios.AgentId}}"}""");
        return (emulator, client, created.Json);
    }

    private static void AssertS3Error(ApiResponse response, string code, string message)
    {
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("application/xml", response.ContentType);
        var error = System.Xml.Linq.XDocument.Parse(response.Body).Root!;
        Assert.Equal("Error", error.Name.LocalName);
        Assert.Equal(code, error.Element("Code")!.Value);
        Assert.Contains(message, error.Element("Message")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_signature_is_403_SignatureDoesNotMatch_and_stores_nothing()
    {
        var (emulator, client, file) = await AnnounceAsync();
        await using (emulator)
        using (client)
        {
            var response = await client.UploadAsync(file, [1, 2, 3], new Dictionary<string, string?> { ["signature"] = "0000" });

            AssertS3Error(response, "SignatureDoesNotMatch", "The request signature we calculated does not match the signature you provided.");
            var start = await client.PostJsonAsync("/v2/runs", StartBody(file.GetProperty("id").GetString()!));
            Assert.Equal(HttpStatusCode.NotFound, start.Status);
        }
    }

    [Fact]
    public async Task A_Content_Type_field_other_than_the_policys_is_403_AccessDenied_naming_the_condition()
    {
        var (emulator, client, file) = await AnnounceAsync();
        await using (emulator)
        using (client)
        {
            var response = await client.UploadAsync(file, [1, 2, 3], new Dictionary<string, string?> { ["Content-Type"] = "text/plain" });

            AssertS3Error(response, "AccessDenied", "Invalid according to Policy: Policy Condition failed: [\"eq\", \"$Content-Type\", \"application/pdf\"]");
        }
    }

    [Fact]
    public async Task A_missing_signature_is_400_InvalidArgument()
    {
        var (emulator, client, file) = await AnnounceAsync();
        await using (emulator)
        using (client)
        {
            var response = await client.UploadAsync(file, [1, 2, 3], new Dictionary<string, string?> { ["signature"] = null });

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Contains("<Code>InvalidArgument</Code>", response.Body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_policy_past_its_expiration_on_the_emulators_clock_is_403_AccessDenied_Policy_expired()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var (emulator, client, file) = await AnnounceAsync(clock);
        await using (emulator)
        using (client)
        {
            clock.Advance(TimeSpan.FromMinutes(59));
            var inTime = await client.UploadAsync(file, [1]);
            clock.Advance(TimeSpan.FromMinutes(1));
            var late = await client.UploadAsync(file, [1, 2]);

            Assert.Equal(HttpStatusCode.NoContent, inTime.Status);
            AssertS3Error(late, "AccessDenied", "Invalid according to Policy: Policy expired.");
        }
    }

    private static string StartBody(string fileId) => $$"""
        {"name": "with a file", "process_id": "{{TestScenarios.InvoiceProcess}}", "agent_id": "{{TestScenarios.AgentId}}",
         "stage": "Published", "file_ids": ["{{fileId}}"]}
        """;
}
