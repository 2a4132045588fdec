using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>Every documented response example reads into the models with the documented meaning.</summary>
public sealed class ResponseContractTests
{
    [Fact]
    public void Health_example_reads_as_healthy()
    {
        var health = JsonSerializer.Deserialize(DocumentedExamples.Health, KognitosJsonContext.Default.KognitosHealth)!;

        Assert.Equal("OK", health.Status);
        Assert.True(health.IsHealthy);
    }

    [Fact]
    public void Process_list_example_reads_items_and_end_of_list()
    {
        var page = JsonSerializer.Deserialize(DocumentedExamples.ProcessList, KognitosJsonContext.Default.KognitosPageKognitosProcessInfo)!;

        var process = Assert.Single(page.Items);
        Assert.Equal("b4fznghynbdemslfd5k044fgd", process.Id);
        Assert.Equal("Process invoice", process.Name);
        Assert.Equal("a7xm2kp9qwj3v5nh8t4c6r1e9z", process.AgentId);
        Assert.Equal(KognitosStage.Published, process.Stage);
        Assert.Null(page.ContinuationToken);
        Assert.False(page.HasMore);
    }

    [Fact]
    public void Process_example_reads_draft_stage()
    {
        var process = JsonSerializer.Deserialize(DocumentedExamples.Process, KognitosJsonContext.Default.KognitosProcessInfo)!;

        Assert.Equal(KognitosStage.Draft, process.Stage);
        Assert.Equal("b4fznghynbdemslfd5k044fgd", process.Id);
    }

    [Fact]
    public void Run_list_example_reads_every_field()
    {
        var page = JsonSerializer.Deserialize(DocumentedExamples.RunList, KognitosJsonContext.Default.KognitosPageKognitosRun)!;

        var run = Assert.Single(page.Items);
        Assert.Equal("9nvx1hdm9bd74rp585oe81t5i", run.Id);
        Assert.Equal("Process invoice 42", run.Name);
        Assert.Equal("b4fznghynbdemslfd5k044fgd", run.ProcessId);
        Assert.Equal("a7xm2kp9qwj3v5nh8t4c6r1e9z", run.AgentId);
        Assert.Equal(KognitosStage.Published, run.Stage);
        Assert.Equal(KognitosRunStatus.Succeeded, run.Status);
        Assert.True(run.IsTerminal);
        Assert.Equal("2021-01-01T12:00:00", run.CreatedAtText);
        Assert.Equal(new DateTimeOffset(2021, 1, 1, 12, 0, 0, TimeSpan.Zero), run.CreatedAt);
        Assert.Null(run.FileIds);
        Assert.Null(run.OutputsOrNull);
        Assert.Empty(run.Outputs);
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public void Run_example_reads_outputs_with_their_json_values()
    {
        var run = JsonSerializer.Deserialize(DocumentedExamples.RunWithOutputs, KognitosJsonContext.Default.KognitosRun)!;

        Assert.Equal(KognitosRunStatus.Created, run.Status);
        Assert.False(run.IsTerminal);
        Assert.Equal(["file789abc", "file456xyz"], run.FileIds);
        Assert.Equal(2, run.Outputs.Count);
        Assert.Equal("total_items", run.Outputs[0].Name);
        Assert.Equal(42, run.Outputs[0].Value.GetInt32());
        Assert.True(run.TryGetOutput("customer_id", out var customer));
        Assert.Equal("cus123abc", customer.Value.GetString());
        // Found as the binder finds it: a fact name written the way the process script writes it finds the snake_case output.
        Assert.True(run.TryGetOutput("the output customer id", out var loose));
        Assert.Same(customer, loose);
        Assert.False(run.TryGetOutput("the output customer", out _));
    }

    [Fact]
    public void File_resource_example_reads_every_upload_field_verbatim()
    {
        var upload = JsonSerializer.Deserialize(DocumentedExamples.FileResource, KognitosJsonContext.Default.KognitosFileUpload)!;

        Assert.Equal("s3://bucket/path/to/uploaded-file.pdf", upload.Id);
        Assert.Equal("document.pdf", upload.FileName);
        Assert.Equal("POST", upload.UploadHttpMethod);
        Assert.Equal("http://example.com/file.pdf", upload.UploadUrl);
        Assert.Empty(upload.UploadHttpHeaders!);
        Assert.Equal(5, upload.UploadFields!.Count);
        Assert.Equal("AKIAIOSFODNN7EXAMPLE", upload.UploadFields["AWSAccessKeyId"]);
        Assert.Equal("application/pdf", upload.UploadFields["Content-Type"]);
        Assert.Equal("path/to/file.pdf", upload.UploadFields["key"]);
        Assert.Equal("eyJ...base64_policy...", upload.UploadFields["policy"]);
        Assert.Equal("abc123...", upload.UploadFields["signature"]);
    }

    [Fact]
    public void Error_model_example_reads_status_message_and_null_details()
    {
        var error = JsonSerializer.Deserialize(DocumentedExamples.ErrorModel, KognitosJsonContext.Default.KognitosErrorModel)!;

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("The specified run was not found", error.Message);
        Assert.Null(error.Details);
    }

    [Theory]
    [InlineData("Created", KognitosRunStatus.Created, false)]
    [InlineData("Pending", KognitosRunStatus.Pending, false)]
    [InlineData("Running", KognitosRunStatus.Running, false)]
    [InlineData("Succeeded", KognitosRunStatus.Succeeded, true)]
    [InlineData("Failed", KognitosRunStatus.Failed, true)]
    [InlineData("Cancelled", KognitosRunStatus.Cancelled, true)]
    [InlineData("TimedOut", KognitosRunStatus.TimedOut, true)]
    [InlineData("succeeded", KognitosRunStatus.Succeeded, true)]
    [InlineData("AwaitingGuidance", KognitosRunStatus.Unknown, false)]
    public void Run_status_strings_parse_and_unknown_ones_are_kept(string text, KognitosRunStatus expected, bool terminal)
    {
        var run = JsonSerializer.Deserialize(Infrastructure.Responses.Run("r1", text), KognitosJsonContext.Default.KognitosRun)!;

        Assert.Equal(expected, run.Status);
        Assert.Equal(text, run.StatusText);
        Assert.Equal(terminal, run.IsTerminal);
    }

    [Fact]
    public void Unknown_members_and_null_items_are_tolerated()
    {
        const string json = """{"items": null, "continuation_token": null, "total": 0, "extra": {"nested": [1, 2]}}""";

        var page = JsonSerializer.Deserialize(json, KognitosJsonContext.Default.KognitosPageKognitosRun)!;

        Assert.Empty(page.Items);
        Assert.False(page.HasMore);
    }

    [Fact]
    public void Explicit_nulls_in_string_members_read_as_empty_strings()
    {
        const string json = """{"id": "r1", "name": null, "process_id": null, "agent_id": null, "stage": "Published", "status": null, "created_at": null}""";

        var run = JsonSerializer.Deserialize(json, KognitosJsonContext.Default.KognitosRun)!;

        Assert.Equal("", run.Name);
        Assert.Equal("", run.ProcessId);
        Assert.Equal("", run.AgentId);
        Assert.Equal("", run.StatusText);
        Assert.Equal(KognitosRunStatus.Unknown, run.Status);
        Assert.Null(run.CreatedAt);
    }
}
