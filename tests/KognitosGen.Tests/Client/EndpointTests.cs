using KognitosGen.Tests.Contract;
using KognitosGen.Tests.Infrastructure;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Client;

/// <summary>Each endpoint sends the documented method, path, query and headers, and reads the documented body.</summary>
public sealed class EndpointTests
{
    [Fact]
    public async Task Health_sends_the_key_and_reads_status()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.Health));
        using var client = server.CreateClient();

        var health = await client.GetHealthAsync();

        Assert.True(health.IsHealthy);
        var request = Assert.Single(server.Requests);
        Assert.Equal("GET", request.Method);
        Assert.Equal("/v2/health", request.Path);
        Assert.Equal(LoopbackServer.ApiKey, request.Header("x-api-key"));
        Assert.Contains("application/json", request.Header("Accept"));
    }

    [Fact]
    public async Task List_processes_page_sends_agent_limit_and_token()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.ProcessList));
        using var client = server.CreateClient();

        var page = await client.ListProcessesPageAsync("a7xm2kp9qwj3v5nh8t4c6r1e9z", pageSize: 10, continuationToken: "tok en/+");

        Assert.Equal("Process invoice", Assert.Single(page.Items).Name);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v2/processes", request.Path);
        Assert.Equal("?agent_id=a7xm2kp9qwj3v5nh8t4c6r1e9z&limit=10&continuation_token=tok%20en%2F%2B", request.Query);
    }

    [Fact]
    public async Task Get_process_sends_id_in_path_and_agent_in_query()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.Process));
        using var client = server.CreateClient();

        var process = await client.GetProcessAsync("b4fznghynbdemslfd5k044fgd", "a7xm2kp9qwj3v5nh8t4c6r1e9z");

        Assert.Equal(KognitosStage.Draft, process.Stage);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v2/processes/b4fznghynbdemslfd5k044fgd", request.Path);
        Assert.Equal("?agent_id=a7xm2kp9qwj3v5nh8t4c6r1e9z", request.Query);
    }

    [Fact]
    public async Task List_runs_page_sends_process_agent_limit_and_stage()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.RunList));
        using var client = server.CreateClient();

        var page = await client.ListRunsPageAsync(
            new KognitosRunQuery("a7xm2kp9qwj3v5nh8t4c6r1e9z", "b4fznghynbdemslfd5k044fgd") { PageSize = 25, Stage = KognitosStage.Draft });

        Assert.Equal(KognitosRunStatus.Succeeded, Assert.Single(page.Items).Status);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v2/runs", request.Path);
        Assert.Equal("?process_id=b4fznghynbdemslfd5k044fgd&agent_id=a7xm2kp9qwj3v5nh8t4c6r1e9z&limit=25&stage=Draft", request.Query);
    }

    [Fact]
    public async Task Get_run_reads_outputs_and_keeps_the_raw_body()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.RunWithOutputs));
        using var client = server.CreateClient();

        var run = await client.GetRunAsync("run789xyz");

        Assert.Equal("/v2/runs/run789xyz", Assert.Single(server.Requests).Path);
        Assert.Equal(42, run.Outputs[0].Value.GetInt32());
        Assert.Equal(DocumentedExamples.RunWithOutputs, run.RawJson);
    }

    [Fact]
    public async Task Create_run_posts_the_documented_body_and_accepts_201()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, Responses.Run("9nvx1hdm9bd74rp585oe81t5i", "Created"), 201));
        using var client = server.CreateClient();

        var run = await client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "Process invoice 42",
            ProcessId = "b4fznghynbdemslfd5k044fgd",
            AgentId = "a7xm2kp9qwj3v5nh8t4c6r1e9z",
            Stage = KognitosStage.Published,
        });

        Assert.Equal(KognitosRunStatus.Created, run.Status);
        var request = Assert.Single(server.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v2/runs", request.Path);
        Assert.StartsWith("application/json", request.ContentType);
        Assert.Equal(
            """{"name":"Process invoice 42","process_id":"b4fznghynbdemslfd5k044fgd","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","stage":"Published"}""",
            request.BodyText);
    }

    [Fact]
    public async Task Create_file_posts_name_and_agent_and_reads_the_upload_target()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.FileResource, 201));
        using var client = server.CreateClient();

        var upload = await client.CreateFileAsync("test-file.pdf", "b4fznghynbdemslfd5k044fgd");

        Assert.Equal("s3://bucket/path/to/uploaded-file.pdf", upload.Id);
        var request = Assert.Single(server.Requests);
        Assert.Equal("/v2/files", request.Path);
        Assert.Equal("""{"file_name":"test-file.pdf","agent_id":"b4fznghynbdemslfd5k044fgd"}""", request.BodyText);
    }

    [Theory]
    [InlineData("v2")]
    [InlineData("v2/")]
    [InlineData("")]
    public async Task Base_url_may_include_the_v2_segment(string suffix)
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.Health));
        using var client = server.CreateClient(o => o.BaseUrl = new Uri(server.BaseAddress, suffix));

        await client.GetHealthAsync();

        Assert.Equal("/v2/health", Assert.Single(server.Requests).Path);
    }

    [Fact]
    public void Regions_map_to_the_documented_hosts()
    {
        using var us = new KognitosClient(new KognitosClientOptions { ApiKey = "k" });
        using var eu = new KognitosClient(new KognitosClientOptions { ApiKey = "k", Region = KognitosRegion.EU });
        using var uk = new KognitosClient(new KognitosClientOptions { ApiKey = "k", Region = KognitosRegion.UK });

        Assert.Equal(new Uri("https://rest-api.app.kognitos.com/"), us.BaseAddress);
        Assert.Equal(new Uri("https://rest-api.eu.kognitos.com/"), eu.BaseAddress);
        Assert.Equal(new Uri("https://rest-api.uk.kognitos.com/"), uk.BaseAddress);
    }

    [Fact]
    public async Task Injected_http_client_is_used_and_not_disposed()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.Health));
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var options = TestOptions.Fast(server.BaseAddress, LoopbackServer.ApiKey);
        options.BaseUrl = null;

        using (var client = new KognitosClient(options, http))
            await client.GetHealthAsync();

        Assert.Single(server.Requests);
        using var stillUsable = await http.GetAsync("v2/health");
        Assert.Equal(2, server.Requests.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task Page_size_outside_1_to_100_is_refused_before_sending(int pageSize)
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.RunList));
        using var client = server.CreateClient();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            client.ListRunsPageAsync(new KognitosRunQuery("a", "p") { PageSize = pageSize }));
        Assert.Empty(server.Requests);
    }
}
