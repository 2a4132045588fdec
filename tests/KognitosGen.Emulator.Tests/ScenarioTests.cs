using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class ScenarioTests
{
    private const string IssueExample = """
        {
          "apiKeys": [ { "key": "dev-key" }, { "key": "agent-key", "agentId": "a7xm2kp9qwj3v5nh8t4c6r1e9z" } ],
          "agents": [ { "id": "a7xm2kp9qwj3v5nh8t4c6r1e9z", "processes": [ {
              "id": "b4fznghynbdemslfd5k044fgd", "name": "to process the invoices", "stage": "Published",
              "run": { "pendingMs": 50, "runningMs": 100, "status": "Succeeded",
                       "outputs": { "the output total": { "$input": "amount" }, "the output vendor": "ACME",
                                    "the output files": { "$files": "names" } } } } ] } ]
        }
        """;

    [Fact]
    public async Task The_documented_scenario_shape_runs_from_JSON_text()
    {
        await using var emulator = await KognitosEmulator.StartAsync(IssueExample);
        using var client = new EmulatorClient(emulator, "dev-key");

        var run = await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name":"amount","value":"12.50"}]""",
            apiKey: "dev-key");
        var done = await client.WaitForTerminalAsync(run.GetProperty("id").GetString()!);

        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        Assert.Equal("""[{"name":"total","value":"12.50"},{"name":"vendor","value":"ACME"},{"name":"files","value":[]}]""",
            done.GetProperty("outputs").GetRawText());
    }

    [Fact]
    public async Task The_embedded_demo_is_the_sample_file_and_serves_all_three_processes()
    {
        var samplePath = FindRepoFile("samples/emulator/demo.json");
        await using var fromFile = await KognitosEmulator.StartFromFileAsync(samplePath);
        await using var demo = await KognitosEmulator.StartDemoAsync();
        using var fileClient = new EmulatorClient(fromFile);
        using var client = new EmulatorClient(demo);

        var processes = await client.GetAsync("/v2/processes?agent_id=a7xm2kp9qwj3v5nh8t4c6r1e9z", "dev-key");
        var processesFromFile = await fileClient.GetAsync("/v2/processes?agent_id=a7xm2kp9qwj3v5nh8t4c6r1e9z", "dev-key");

        Assert.Equal(processesFromFile.Body, processes.Body);
        Assert.Equal(
            """{"items":[{"id":"b4fznghynbdemslfd5k044fgd","name":"to process the invoices","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","stage":"Published"},{"id":"a1b2c3d4e5f6g7h8i9j0klmn1","name":"to extract company names from resumes","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","stage":"Published"},{"id":"o9p8q7r6s5t4u3v2w1x0yzab2","name":"to summarize customer feedback comments","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z","stage":"Draft"}],"continuation_token":null}""",
            processes.Body);
    }

    [Fact]
    public async Task Demo_processes_produce_their_scripted_outputs()
    {
        await using var demo = await KognitosEmulator.StartDemoAsync();
        using var client = new EmulatorClient(demo, "dev-key");
        var resume = await client.UploadFileAsync("jane.pdf", [1], apiKey: "agent-key", agentId: null);

        var invoice = await client.StartRunAsync("b4fznghynbdemslfd5k044fgd", apiKey: "dev-key",
            inputsJson: """[{"name":"amount","value":99.5},{"name":"invoice number","value":"INV-42"}]""");
        var resumes = await client.StartRunAsync("a1b2c3d4e5f6g7h8i9j0klmn1", apiKey: "agent-key",
            fileIdsJson: $"[\"{resume.GetProperty("id").GetString()}\"]");
        var feedback = await client.StartRunAsync("o9p8q7r6s5t4u3v2w1x0yzab2", stage: "Draft", apiKey: "dev-key",
            inputsJson: """[{"name":"comment count","value":12}]""");

        Assert.Equal(
            """[{"name":"total","value":99.5},{"name":"vendor","value":"ACME"},{"name":"invoice_number","value":"INV-42"},{"name":"approved","value":true},{"name":"files","value":[]}]""",
            await OutputsAsync(client, invoice));
        Assert.Equal(
            """[{"name":"companies","value":["Contoso","Fabrikam","Northwind"]},{"name":"resume_count","value":1},{"name":"resume_names","value":["jane.pdf"]}]""",
            await OutputsAsync(client, resumes));
        Assert.Equal(
            """[{"name":"summary","value":"Customers like the new dashboard but want faster exports."},{"name":"sentiment","value":"Positive"},{"name":"score","value":0.87},{"name":"reviewed_at","value":"2026-01-15T09:30:00Z"},{"name":"comment_count","value":12}]""",
            await OutputsAsync(client, feedback));
    }

    [Theory]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n","stage":"Published","run":{"pendingMS":5}}]}]}""", "$.agents[0].processes[0].run.pendingMS (line 1, position")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"bad id","processes":[]}]}""", "agents[0].id")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n"},{"id":"p","name":"m"}]}]}""", "agents[0].processes[1].id")]
    [InlineData("""{"apiKeys":[{"key":"k","agentId":"zz"}],"agents":[{"id":"a"}]}""", "apiKeys[0].agentId")]
    [InlineData("""{"apiKeys":[],"agents":[{"id":"a"}]}""", "apiKeys")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n","run":{"outputs":{"o":{"$files":"sizes"}}}}]}]}""", "$files")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n","run":{"outputs":{"o":{"$env":"HOME"}}}}]}]}""", "unknown directive")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n","run":{"runningMs":-1}}]}]}""", "runningMs")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a"}],"faults":{"dropAfterHandlingRate":3}}""", "faults.dropAfterHandlingRate")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n","stage":"Archived"}]}]}""", "stage")]
    [InlineData("""{"apiKeys":[{"key":"k"}], "agents": [""", "(line 1, position")]
    [InlineData("""{"apiKeys":[{"key":"k"}],"agents":[{"id":"a","processes":[{"id":"p","name":"n","stage":5}]}]}""", "agents[0].processes[0].stage: must be")]
    public async Task Bad_scenarios_fail_with_a_message_naming_the_problem(string json, string expected)
    {
        var error = await Assert.ThrowsAsync<ScenarioException>(() => KognitosEmulator.StartAsync(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.Contains("scenario JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_scenario_file_is_named_in_the_error()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-scenario-" + Guid.NewGuid().ToString("N") + ".json");

        var error = await Assert.ThrowsAsync<ScenarioException>(() => KognitosEmulator.StartFromFileAsync(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(path, error.ScenarioSource);
    }

    [Fact]
    public async Task Base_address_is_a_loopback_port_with_a_trailing_slash_and_is_released_on_dispose()
    {
        var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        var address = emulator.BaseAddress;
        using var http = new HttpClient { BaseAddress = address };

        Assert.Equal("127.0.0.1", address.Host);
        Assert.NotEqual(0, address.Port);
        Assert.EndsWith("/", address.AbsoluteUri, StringComparison.Ordinal);
        await emulator.DisposeAsync();
        await emulator.DisposeAsync();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync("v2/health"));
    }

    private static async Task<string> OutputsAsync(EmulatorClient client, JsonElement run) =>
        (await client.WaitForTerminalAsync(run.GetProperty("id").GetString()!)).GetProperty("outputs").GetRawText();

    internal static string FindRepoFile(string relative)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (File.Exists(candidate))
                return candidate;
        }

        throw new FileNotFoundException($"'{relative}' not found above {AppContext.BaseDirectory}");
    }
}
