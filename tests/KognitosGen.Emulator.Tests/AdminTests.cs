using System.Threading;

namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class AdminTests
{
    [Fact]
    public async Task Faults_route_reads_and_replaces_faults_at_run_time()
    {
        await using var emulator = await KognitosEmulator.StartAsync(
            TestScenarios.Standard().WithFaults(new FaultSettings { Seed = 5, LatencyMs = 1 }));
        using var client = new EmulatorClient(emulator);

        var initial = await client.GetAsync("/_emulator/faults");
        Assert.Equal(HttpStatusCode.OK, initial.Status);
        Assert.Equal(5, initial.Json.GetProperty("seed").GetInt32());
        Assert.Equal(1, initial.Json.GetProperty("latencyMs").GetInt32());

        var put = await client.PutJsonAsync("/_emulator/faults",
            """{"rateLimitRate": 1, "retryAfterSeconds": 3, "methods": ["GET"], "paths": ["/v2/health"]}""");
        Assert.Equal(HttpStatusCode.OK, put.Status);
        Assert.Equal(3, put.Json.GetProperty("retryAfterSeconds").GetInt32());
        Assert.Equal(1.0, emulator.Faults.RateLimitRate);

        var limited = await client.GetAsync("/v2/health");
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("3", limited.Headers.GetValues("Retry-After").Single());

        Assert.Equal(HttpStatusCode.OK, (await client.PutJsonAsync("/_emulator/faults", "{}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v2/health")).Status);
    }

    [Theory]
    [InlineData("""{"rateLimitRate": 2}""")]
    [InlineData("""{"latencyMs": -1}""")]
    [InlineData("""{"rateLimitRat": 0.5}""")]
    [InlineData("""{"rateLimitRate": """)]
    public async Task Bad_fault_settings_are_400_and_leave_faults_unchanged(string body)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PutJsonAsync("/_emulator/faults", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.False(string.IsNullOrEmpty(response.Json.GetProperty("error").GetString()));
        Assert.Equal(0, emulator.Faults.RateLimitRate);
        Assert.Equal(0, emulator.Faults.LatencyMs);
    }

    [Fact]
    public async Task Requests_after_a_reset_count_again_on_their_route_also_while_callers_keep_coming()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        for (var i = 0; i < 3; i++)
            await client.GetAsync("/v2/health");

        // Resets while 8 callers keep reading the health route: whatever each reset catches, the route counts on.
        using var stop = new CancellationTokenSource();
        var callers = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
                await client.GetAsync("/v2/health");
        })).ToArray();
        for (var i = 0; i < 20; i++)
        {
            emulator.Counters.Reset();
            await Task.Delay(5);
        }

        await stop.CancelAsync();
        await Task.WhenAll(callers);
        emulator.Counters.Reset();
        Assert.Empty(emulator.Counters.Snapshot().RequestsByRoute);
        await client.GetAsync("/v2/health");
        await client.GetAsync("/v2/health");

        Assert.Equal(2, emulator.Counters.RequestsFor("GET", "/v2/health"));
        Assert.Equal(2, Assert.Single(emulator.Counters.Snapshot().RequestsByRoute, pair => pair.Key == "GET /v2/health").Value);
        Assert.Equal(2, emulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task Requests_are_counted_per_method_and_route_past_the_kept_keys_cap()
    {
        // 300 methods on one route: more pairs than the counters keep a made key for (256), so the last ones make
        // their key per request; every pair is still counted on its own.
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var methods = Enumerable.Range(0, 300).Select(i => $"PROBE{i:000}").ToArray();
        foreach (var method in methods)
            await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/v2/health"), TestScenarios.OrgKey);
        await client.SendAsync(new HttpRequestMessage(new HttpMethod(methods[^1]), "/v2/health"), TestScenarios.OrgKey);

        Assert.Equal(301, emulator.Counters.TotalRequests);
        Assert.All(methods[..^1], method => Assert.Equal(1, emulator.Counters.RequestsFor(method, "(unmatched)")));
        Assert.Equal(2, emulator.Counters.RequestsFor(methods[^1], "(unmatched)"));
    }

    [Fact]
    public async Task Counters_route_reports_requests_faults_and_runs_and_can_be_reset()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        await client.GetAsync("/v2/health");
        await client.GetAsync("/v2/health", apiKey: null);
        var run = await client.StartRunAsync(TestScenarios.InstantProcess);
        await client.GetAsync($"/v2/runs/{run.GetProperty("id").GetString()}");
        await client.GetAsync("/v2/nowhere");
        emulator.Faults = new FaultSettings { RateLimitRate = 1 };
        await client.GetAsync("/v2/health");
        emulator.Faults = FaultSettings.None;

        var counters = (await client.GetAsync("/_emulator/counters")).Json;

        Assert.Equal(6, counters.GetProperty("totalRequests").GetInt64());
        var byRoute = counters.GetProperty("requestsByRoute");
        Assert.Equal(3, byRoute.GetProperty("GET /v2/health").GetInt64());
        Assert.Equal(1, byRoute.GetProperty("POST /v2/runs").GetInt64());
        Assert.Equal(1, byRoute.GetProperty("GET /v2/runs/{run_id}").GetInt64());
        Assert.Equal(1, byRoute.GetProperty("GET (unmatched)").GetInt64());
        Assert.Equal(1, counters.GetProperty("faults").GetProperty("rateLimited").GetInt64());
        Assert.Equal(1, counters.GetProperty("totalRunsCreated").GetInt64());
        Assert.Equal(1, counters.GetProperty("runsCreatedByProcess").GetProperty(TestScenarios.InstantProcess).GetInt64());
        Assert.Equal(6, emulator.Counters.TotalRequests);
        Assert.Equal(3, emulator.Counters.RequestsFor("GET", "/v2/health"));

        var reset = await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/_emulator/reset-counters"), TestScenarios.OrgKey);

        Assert.Equal(HttpStatusCode.NoContent, reset.Status);
        var snapshot = emulator.Counters.Snapshot();
        Assert.Equal(0, snapshot.TotalRequests);
        Assert.Empty(snapshot.RequestsByRoute);
        Assert.Equal(0, snapshot.TotalRunsCreated);
        Assert.Equal(0, snapshot.Faults.RateLimited);
    }

    [Theory]
    [InlineData(null, "the x-api-key header is missing")]
    [InlineData("not-a-key-of-this-scenario", "the API key is not recognised")]
    public async Task Admin_routes_need_a_key_of_the_scenario_and_refuse_without_changing_anything(string? key, string reason)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        await client.GetAsync("/v2/health");

        var responses = new[]
        {
            await client.GetAsync("/_emulator/faults", key),
            await client.PutJsonAsync("/_emulator/faults", """{"rateLimitRate": 1}""", key),
            await client.GetAsync("/_emulator/counters", key),
            await client.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/_emulator/reset-counters"), key),
        };

        Assert.All(responses, response =>
        {
            Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
            Assert.Contains(reason, response.Json.GetProperty("error").GetString());
        });
        Assert.Equal(0, emulator.Faults.RateLimitRate);
        // Nothing was reset, and refused admin calls are not counted as API requests.
        Assert.Equal(1, emulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task An_agent_scoped_key_of_the_scenario_opens_the_admin_routes()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var counters = await client.GetAsync("/_emulator/counters", TestScenarios.AgentKey);

        Assert.Equal(HttpStatusCode.OK, counters.Status);
        Assert.Equal(0, counters.Json.GetProperty("totalRequests").GetInt64());
    }

    [Fact]
    public async Task Concurrent_run_creation_gives_distinct_runs_and_exact_counters()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var runs = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            client.StartRunAsync(TestScenarios.InvoiceProcess, name: $"parallel {i}")));

        var ids = runs.Select(r => r.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(50, ids.Count);
        Assert.Equal(50, emulator.Counters.RunsCreatedFor(TestScenarios.InvoiceProcess));
        Assert.Equal(50, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        var listed = (await client.GetAsync(
            $"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id={TestScenarios.AgentId}&limit=100")).Json;
        Assert.Equal(ids.OrderBy(i => i), listed.GetProperty("items").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString()).OrderBy(i => i));
    }
}
