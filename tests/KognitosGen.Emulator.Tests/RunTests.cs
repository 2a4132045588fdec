using System.Globalization;
using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class RunTests
{
    private static readonly string[] RunFields =
        ["id", "name", "process_id", "agent_id", "stage", "status", "created_at", "file_ids", "outputs"];

    [Fact]
    public async Task Start_run_is_201_with_status_Created_and_the_documented_fields()
    {
        var clock = new ManualClock(new DateTimeOffset(2021, 1, 1, 12, 0, 0, 987, TimeSpan.Zero));
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { TimeProvider = clock });
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", $$"""
            {"name": "Process invoice 42", "process_id": "{{TestScenarios.InvoiceProcess}}",
             "agent_id": "{{TestScenarios.AgentId}}", "stage": "Published",
             "inputs": [{"name": "amount", "value": 42}]}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal("application/json", response.ContentType);
        var run = response.Json;
        Assert.Equal(RunFields, run.EnumerateObject().Select(p => p.Name));
        var id = run.GetProperty("id").GetString()!;
        Assert.Matches("^[0-9a-z]{25}$", id);
        Assert.Equal("Process invoice 42", run.GetProperty("name").GetString());
        Assert.Equal(TestScenarios.InvoiceProcess, run.GetProperty("process_id").GetString());
        Assert.Equal(TestScenarios.AgentId, run.GetProperty("agent_id").GetString());
        Assert.Equal("Published", run.GetProperty("stage").GetString());
        Assert.Equal("Created", run.GetProperty("status").GetString());
        Assert.Equal("2021-01-01T12:00:00", run.GetProperty("created_at").GetString());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("file_ids").ValueKind);
        Assert.Equal(JsonValueKind.Null, run.GetProperty("outputs").ValueKind);
    }

    [Fact]
    public async Task Run_moves_Created_Pending_Running_Succeeded_on_the_schedule()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var scenario = TestScenarios.Standard();
        var plan = scenario.Agents[0].Processes[0].Run;
        plan.CreatedMs = 10;
        plan.PendingMs = 100;
        plan.RunningMs = 200;
        await using var emulator = await KognitosEmulator.StartAsync(scenario, new KognitosEmulatorOptions { TimeProvider = clock });
        using var client = new EmulatorClient(emulator);
        var id = (await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name":"amount","value":7}]"""))
            .GetProperty("id").GetString();

        async Task<JsonElement> Get() => (await client.GetAsync($"/v2/runs/{id}")).Json;

        Assert.Equal("Created", (await Get()).GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromMilliseconds(10));
        Assert.Equal("Pending", (await Get()).GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromMilliseconds(99));
        Assert.Equal("Pending", (await Get()).GetProperty("status").GetString());
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var running = await Get();
        Assert.Equal("Running", running.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, running.GetProperty("outputs").ValueKind);
        clock.Advance(TimeSpan.FromMilliseconds(200));
        var done = await Get();
        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        Assert.Equal(7, done.GetProperty("outputs")[0].GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task Run_reaches_Succeeded_with_outputs_on_the_real_clock()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var started = await client.StartRunAsync(TestScenarios.InvoiceProcess,
            inputsJson: """[{"name":"amount","value":99.5}]""");

        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        Assert.Equal("Succeeded", done.GetProperty("status").GetString());
        Assert.Equal(started.GetProperty("created_at").GetString(), done.GetProperty("created_at").GetString());
        var outputs = done.GetProperty("outputs").EnumerateArray().ToList();
        Assert.All(outputs, o => Assert.Equal(["name", "value"], o.EnumerateObject().Select(p => p.Name)));
        // The documented examples' form (total_items): the scripted "the output total" without its prefix, in snake case.
        Assert.Equal("total", outputs[0].GetProperty("name").GetString());
        Assert.Equal("99.5", outputs[0].GetProperty("value").GetRawText());
    }

    [Fact]
    public async Task Outputs_are_literal_JSON_input_echoes_and_file_directives_in_scenario_order()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var started = await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """
            [{"name": "amount", "value": {"currency": "EUR", "cents": [1, 2]}}, {"name": "amount", "value": "second"}]
            """);

        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        var outputs = done.GetProperty("outputs").EnumerateArray()
            .ToDictionary(o => o.GetProperty("name").GetString()!, o => o.GetProperty("value").GetRawText());
        Assert.Equal(
            ["total", "vendor", "approved", "lines", "address", "directive_text", "files", "file_count"],
            outputs.Keys);
        Assert.Equal("""{"currency":"EUR","cents":[1,2]}""", outputs["total"]);
        Assert.Equal("\"ACME\"", outputs["vendor"]);
        Assert.Equal("true", outputs["approved"]);
        Assert.Equal("[1,2,3]", outputs["lines"]);
        Assert.Equal("""{"city":"Paris"}""", outputs["address"]);
        Assert.Equal("""{"$input":"amount"}""", outputs["directive_text"]);
        Assert.Equal("[]", outputs["files"]);
        Assert.Equal("0", outputs["file_count"]);
    }

    [Fact]
    public async Task Missing_input_echoes_null()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var started = await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name":"other","value":1}]""");

        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        Assert.Equal(JsonValueKind.Null, done.GetProperty("outputs")[0].GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Failed_run_has_no_outputs()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var started = await client.StartRunAsync(TestScenarios.FailingProcess);

        var done = await client.WaitForTerminalAsync(started.GetProperty("id").GetString()!);

        Assert.Equal("Failed", done.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, done.GetProperty("outputs").ValueKind);
    }

    [Theory]
    [InlineData(TerminalRunStatus.Cancelled, "Cancelled")]
    [InlineData(TerminalRunStatus.TimedOut, "TimedOut")]
    public async Task Other_terminal_statuses_are_spelled_as_documented(TerminalRunStatus status, string expected)
    {
        var scenario = TestScenarios.Standard();
        scenario.Agents[0].Processes[0].Run.Status = status;
        scenario.Agents[0].Processes[0].Run.PendingMs = 0;
        scenario.Agents[0].Processes[0].Run.RunningMs = 0;
        await using var emulator = await KognitosEmulator.StartAsync(scenario);
        using var client = new EmulatorClient(emulator);
        var started = await client.StartRunAsync(TestScenarios.InvoiceProcess);

        var run = (await client.GetAsync($"/v2/runs/{started.GetProperty("id").GetString()}")).Json;

        Assert.Equal(expected, run.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, run.GetProperty("outputs").ValueKind);
    }

    [Fact]
    public async Task Draft_process_runs_in_the_Draft_stage()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var run = await client.StartRunAsync(TestScenarios.DraftProcess, stage: "Draft");
        var done = await client.WaitForTerminalAsync(run.GetProperty("id").GetString()!);

        Assert.Equal("Draft", done.GetProperty("stage").GetString());
        Assert.Equal("fine", done.GetProperty("outputs")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Unknown_run_is_404_whatever_the_form_of_its_id()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var unknown = await client.GetAsync("/v2/runs/9nvx1hdm9bd74rp585oe81t5i");
        var malformed = await client.GetAsync("/v2/runs/not%20an%20id");

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal("The specified run was not found", unknown.String("message"));
        Assert.Equal(404, unknown.Json.GetProperty("status_code").GetInt32());
        // The docs give the ID rule for bodies only: a path ID of another form is simply not found.
        Assert.Equal(HttpStatusCode.NotFound, malformed.Status);
        Assert.Equal("The specified run was not found", malformed.String("message"));
    }

    [Fact]
    public async Task Unknown_agent_process_or_missing_stage_is_404_A_referenced_resource_was_not_found()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        string Body(string process, string agent, string stage) =>
            $$"""{"name":"x","process_id":"{{process}}","agent_id":"{{agent}}","stage":"{{stage}}"}""";

        var cases = new (string Body, string Field)[]
        {
            (Body(TestScenarios.InvoiceProcess, "nosuchagent", "Published"), "agent_id"),
            (Body("nosuchprocess", TestScenarios.AgentId, "Published"), "process_id"),
            (Body(TestScenarios.OtherAgentProcess, TestScenarios.AgentId, "Published"), "process_id"),
            (Body(TestScenarios.InvoiceProcess, TestScenarios.AgentId, "Draft"), "stage"),
            (Body(TestScenarios.DraftProcess, TestScenarios.AgentId, "Published"), "stage"),
        };

        foreach (var (body, field) in cases)
        {
            var response = await client.PostJsonAsync("/v2/runs", body);
            Assert.Equal(HttpStatusCode.NotFound, response.Status);
            Assert.Equal("A referenced resource was not found", response.String("message"));
            Assert.Equal(field, response.Json.GetProperty("details")[0].GetProperty("field").GetString());
        }

        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Run_ids_are_distinct_25_char_base36()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var ids = new HashSet<string>();

        for (var i = 0; i < 20; i++)
            ids.Add((await client.StartRunAsync(TestScenarios.InstantProcess)).GetProperty("id").GetString()!);

        Assert.Equal(20, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[0-9a-z]{25}$", id));
    }

    [Fact]
    public async Task Created_at_is_whole_seconds_UTC_without_offset()
    {
        var start = DateTimeOffset.UtcNow;
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var createdAt = (await client.StartRunAsync(TestScenarios.InstantProcess)).GetProperty("created_at").GetString()!;

        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$", createdAt);
        var parsed = DateTime.ParseExact(createdAt, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        Assert.InRange(parsed, start.UtcDateTime.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
    }
}
