using System.Net;
using KognitosGen.Emulator;

namespace KognitosGen.Testing.Tests;

/// <summary>
/// The kit replaying a recording (<c>o =&gt; o.Replay(path)</c>): recorded runs walk through their recorded statuses on
/// virtual time and bind their recorded outputs; other starts are told which recorded run is closest; recorded errors
/// come back as recorded; keys are the kit's, or any non-empty one when the emulator is given none.
/// </summary>
public sealed class ReplayTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("kognitos-replay-").FullName;

    [Fact]
    public async Task A_recorded_run_walks_through_its_recorded_statuses_at_the_recorded_virtual_times()
    {
        var path = Write(Recording(Run(1, "INV-1", 10)));
        await using var kognitos = await KognitosTestServer.StartAsync(o =>
        {
            o.Replay(path);
            o.AutoAdvanceTime = false;
        });

        var run = await kognitos.Client.CreateRunAsync(Start("INV-1", 10));
        Assert.Equal(KognitosRunStatus.Created, run.Status);
        kognitos.Clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(KognitosRunStatus.Pending, (await kognitos.Client.GetRunAsync(run.Id)).Status);
        kognitos.Clock.Advance(TimeSpan.FromSeconds(30));
        Assert.Equal(KognitosRunStatus.Running, (await kognitos.Client.GetRunAsync(run.Id)).Status);
        kognitos.Clock.Advance(TimeSpan.FromMinutes(9));
        Assert.Equal(KognitosRunStatus.Running, (await kognitos.Client.GetRunAsync(run.Id)).Status);
        kognitos.Clock.Advance(TimeSpan.FromSeconds(30));
        var done = await kognitos.Client.GetRunAsync(run.Id);
        Assert.Equal(KognitosRunStatus.Succeeded, done.Status);
        Assert.Equal("ACME", done.Outputs.Single(o => o.Name == "the output vendor").Value.GetString());
    }

    [Fact]
    public async Task Typed_code_binds_the_recorded_outputs_and_each_start_takes_the_next_recorded_run_of_its_inputs()
    {
        var path = Write(Recording(Run(1, "INV-1", 10, total: 10), Run(2, "INV-1", 10, total: 11), Run(3, "INV-2", 20, total: 20)));
        await using var kognitos = await KognitosTestServer.StartAsync(o => o.Replay(path));

        var first = new Invoice { InvoiceNumber = "INV-1", Amount = 10 };
        var second = new Invoice { InvoiceNumber = "INV-1", Amount = 10 };
        var other = new Invoice { InvoiceNumber = "INV-2", Amount = 20 };
        await first.RunAsync(kognitos.Client);
        await second.RunAsync(kognitos.Client);
        var result = await other.RunAsync(kognitos.Client);

        Assert.Equal([10m, 11m, 20m], [first.Total, second.Total, other.Total]);
        Assert.Equal("ACME", other.Vendor);
        Assert.Equal(KognitosRunStatus.Succeeded, result.Run.Status);
        Assert.True(kognitos.Clock.GetUtcNow() - new KognitosTestServerOptions().StartTime >= TimeSpan.FromMinutes(30),
            "three runs of ten recorded minutes each, one after the other, take at least 30 virtual minutes");
    }

    [Fact]
    public async Task A_start_that_matches_no_recorded_run_is_refused_with_400_naming_the_closest_run_and_the_differing_input()
    {
        var path = Write(Recording(Run(1, "INV-1", 10), Run(2, "INV-2", 99)));
        await using var kognitos = await KognitosTestServer.StartAsync(o => o.Replay(path));

        var refused = await Assert.ThrowsAsync<KognitosApiException>(() => new Invoice { InvoiceNumber = "INV-2", Amount = 98 }.RunAsync(kognitos.Client));

        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("No recorded run matches this start; the closest is recorded run 2", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains("inputs.amount", refused.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain("invoice number", refused.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ignored_inputs_and_the_process_only_rule_let_other_inputs_match()
    {
        var path = Write(Recording(Run(1, "INV-1", 10)));
        await using (var ignoring = await KognitosTestServer.StartAsync(o => o.Replay(path, r => r.IgnoredInputs.Add("amount"))))
        {
            var invoice = new Invoice { InvoiceNumber = "INV-1", Amount = 12345 };
            await invoice.RunAsync(ignoring.Client);
            Assert.Equal(10m, invoice.Total);
        }

        await using var anyRun = await KognitosTestServer.StartAsync(o => o.Replay(path, r => r.Match = ReplayMatch.ProcessOnly));
        var anything = new Invoice { InvoiceNumber = "something else", Amount = 1 };
        await anything.RunAsync(anyRun.Client);
        Assert.Equal(10m, anything.Total);
    }

    [Fact]
    public async Task A_recorded_429_is_answered_again_with_its_Retry_After_and_the_retry_plays_the_run_that_followed()
    {
        var refusedStart = """
            { "index": 1, "agentId": "agent01", "processId": "invoices01", "stage": "Published", "name": "r", "startedAtMs": 0,
              "runId": null, "startStatusCode": 429,
              "startError": { "atMs": 0, "method": "POST", "path": "/v2/runs", "statusCode": 429,
                              "headers": { "Content-Type": "application/json", "Retry-After": "7" },
                              "body": "{\"status_code\":429,\"message\":\"Too Many Requests\",\"details\":null}" },
              "inputs": [ { "name": "amount", "value": 10 }, { "name": "invoice number", "value": "INV-1" } ],
              "files": [], "statuses": [], "outputs": null }
            """;
        var path = Write(Recording(refusedStart, Run(2, "INV-1", 10)));
        await using var kognitos = await KognitosTestServer.StartAsync(o => o.Replay(path));
        var before = kognitos.Clock.GetUtcNow();

        var invoice = new Invoice { InvoiceNumber = "INV-1", Amount = 10 };
        await invoice.RunAsync(kognitos.Client);

        Assert.Equal(10m, invoice.Total);
        Assert.Equal(2, kognitos.Emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, kognitos.Emulator.Counters.TotalRunsCreated);
        var run = Assert.Single(kognitos.Emulator.Runs);
        Assert.True(run.CreatedAt - before >= TimeSpan.FromSeconds(7), "the retry waited out the recorded Retry-After");
    }

    [Fact]
    public async Task A_start_whose_connection_dropped_before_a_run_was_made_drops_again_and_the_typed_retry_plays_the_next_run()
    {
        var dropped = """
            { "index": 1, "agentId": "agent01", "processId": "invoices01", "stage": "Published", "name": "r", "startedAtMs": 0,
              "runId": null, "startStatusCode": 0,
              "inputs": [ { "name": "amount", "value": 10 }, { "name": "invoice number", "value": "INV-1" } ],
              "files": [], "statuses": [], "outputs": null }
            """;
        var path = Write(Recording(dropped, Run(2, "INV-1", 10, total: 12)));
        await using var kognitos = await KognitosTestServer.StartAsync(o => o.Replay(path));

        var invoice = new Invoice { InvoiceNumber = "INV-1", Amount = 10 };
        await invoice.RunAsync(kognitos.Client);

        Assert.Equal(12m, invoice.Total);
        Assert.Equal(2, kognitos.Emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, kognitos.Emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Given_no_key_a_replay_takes_any_non_empty_key_and_still_refuses_none()
    {
        var path = Write(Recording(Run(1, "INV-1", 10)));
        await using var emulator = await KognitosEmulator.StartAsync(new EmulatorScenario(), new KognitosEmulatorOptions { Replay = new KognitosReplay(path) });
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };

        using var anyKey = new HttpRequestMessage(HttpMethod.Get, "v2/processes?agent_id=agent01");
        anyKey.Headers.Add("x-api-key", "whatever-the-test-has");
        using var listed = await http.SendAsync(anyKey);
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        Assert.Contains("\"id\":\"invoices01\"", (await listed.Content.ReadAsStringAsync()).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        using var noKey = await http.GetAsync(new Uri("v2/processes?agent_id=agent01", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.StatusCode);

        await using var kit = await KognitosTestServer.StartAsync(o => o.Replay(path));
        using var kitHttp = new HttpClient { BaseAddress = kit.BaseAddress };
        using var wrongKey = new HttpRequestMessage(HttpMethod.Get, "v2/processes?agent_id=agent01");
        wrongKey.Headers.Add("x-api-key", "not-the-kit-key");
        Assert.Equal(HttpStatusCode.Unauthorized, (await kitHttp.SendAsync(wrongKey)).StatusCode);
    }

    [Fact]
    public async Task An_unreadable_recording_fails_the_start_naming_the_file_and_the_problem()
    {
        var path = Write("""{ "format": "kognitos-recording", "version": 1, "runs": [ { "index": 1 } ] }""");

        var refused = await Assert.ThrowsAsync<ScenarioException>(() => KognitosTestServer.StartAsync(o => o.Replay(path)));

        Assert.Contains(path, refused.Message, StringComparison.Ordinal);
        Assert.Contains("runs[0].agentId: is required", refused.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static KognitosCreateRunRequest Start(string number, int amount) => new()
    {
        Name = "replayed",
        AgentId = "agent01",
        ProcessId = "invoices01",
        Inputs =
        [
            new KognitosNameValue { Name = "invoice number", Value = System.Text.Json.JsonSerializer.SerializeToElement(number) },
            new KognitosNameValue { Name = "amount", Value = System.Text.Json.JsonSerializer.SerializeToElement(amount) },
        ],
    };

    private static string Run(int index, string number, int amount, int? total = null) => $$"""
        { "index": {{index}}, "agentId": "agent01", "processId": "invoices01", "stage": "Published", "name": "run {{index}}",
          "startedAtMs": {{index * 100}}, "runId": "run{{index}}", "startStatusCode": 201,
          "inputs": [ { "name": "amount", "value": {{amount}} }, { "name": "invoice number", "value": "{{number}}" } ],
          "files": [],
          "statuses": [ { "atMs": 0, "status": "Created" }, { "atMs": 500, "status": "Pending" },
                        { "atMs": 30000, "status": "Running" }, { "atMs": 600000, "status": "Succeeded" } ],
          "outputs": [ { "name": "the output total", "value": {{total ?? amount}} }, { "name": "the output vendor", "value": "ACME" } ] }
        """;

    private static string Recording(params string[] runs) => $$"""
        { "format": "kognitos-recording", "version": 1,
          "processes": [ { "agentId": "agent01", "id": "invoices01", "name": "to process the invoices", "stage": "Published" } ],
          "runs": [ {{string.Join(",\n", runs)}} ],
          "errors": [] }
        """;

    private string Write(string json)
    {
        var path = Path.Combine(_folder, Guid.NewGuid().ToString("N") + ".json");
        File.WriteAllText(path, json);
        return path;
    }
}
