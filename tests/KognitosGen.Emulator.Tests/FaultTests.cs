using System.Diagnostics;
using System.Text;

namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class FaultTests
{
    private static readonly string StartInstantRun = $$"""
        {"name":"x","process_id":"{{TestScenarios.InstantProcess}}","agent_id":"{{TestScenarios.AgentId}}","stage":"Published"}
        """;

    [Fact]
    public async Task Rate_limit_at_rate_1_is_429_with_Retry_After_and_an_ErrorModel()
    {
        var scenario = TestScenarios.Standard().WithFaults(new FaultSettings { RateLimitRate = 1.0, RetryAfterSeconds = 7 });
        await using var emulator = await KognitosEmulator.StartAsync(scenario);
        using var client = new EmulatorClient(emulator);

        var health = await client.GetAsync("/v2/health");
        var start = await client.PostJsonAsync("/v2/runs", StartInstantRun);

        foreach (var response in new[] { health, start })
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, response.Status);
            Assert.Equal(TimeSpan.FromSeconds(7), response.Headers.RetryAfter?.Delta);
            Assert.Equal(429, response.Json.GetProperty("status_code").GetInt32());
        }

        Assert.Equal(2, emulator.Counters.FaultsInjected(FaultKind.RateLimited));
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Service_unavailable_at_rate_1_is_503()
    {
        await using var emulator = await KognitosEmulator.StartAsync(
            TestScenarios.Standard().WithFaults(new FaultSettings { ServiceUnavailableRate = 1.0 }));
        using var client = new EmulatorClient(emulator);

        var response = await client.GetAsync("/v2/health");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.Status);
        Assert.Equal(503, response.Json.GetProperty("status_code").GetInt32());
        Assert.Equal(1, emulator.Counters.FaultsInjected(FaultKind.ServiceUnavailable));
    }

    [Fact]
    public async Task Faults_come_before_the_key_check()
    {
        await using var emulator = await KognitosEmulator.StartAsync(
            TestScenarios.Standard().WithFaults(new FaultSettings { ServiceUnavailableRate = 1.0 }));
        using var client = new EmulatorClient(emulator);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync("/v2/health", apiKey: null)).Status);
    }

    [Fact]
    public async Task Drop_before_handling_aborts_the_connection_and_creates_nothing()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard().WithFaults(
            new FaultSettings { DropBeforeHandlingRate = 1.0, Methods = ["POST"] }));
        using var client = new EmulatorClient(emulator);

        await Assert.ThrowsAsync<HttpRequestException>(() => PostOnFreshConnectionAsync(emulator, "/v2/runs", StartInstantRun));

        Assert.Equal(1, emulator.Counters.FaultsInjected(FaultKind.DroppedBeforeHandling));
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
        var list = await client.GetAsync($"/v2/runs?process_id={TestScenarios.InstantProcess}&agent_id={TestScenarios.AgentId}");
        Assert.Equal(0, list.Json.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Drop_after_handling_creates_the_run_though_the_client_sees_a_connection_error()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard().WithFaults(
            new FaultSettings { DropAfterHandlingRate = 1.0, Methods = ["POST"], Paths = ["/v2/runs"] }));
        using var client = new EmulatorClient(emulator);

        await Assert.ThrowsAsync<HttpRequestException>(() => PostOnFreshConnectionAsync(emulator, "/v2/runs", StartInstantRun));

        Assert.Equal(1, emulator.Counters.FaultsInjected(FaultKind.DroppedAfterHandling));
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(TestScenarios.InstantProcess));
        var list = await client.GetAsync($"/v2/runs?process_id={TestScenarios.InstantProcess}&agent_id={TestScenarios.AgentId}");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var item = Assert.Single(list.Json.GetProperty("items").EnumerateArray());
        Assert.Equal("x", item.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Fixed_latency_delays_matching_requests()
    {
        await using var emulator = await KognitosEmulator.StartAsync(
            TestScenarios.Standard().WithFaults(new FaultSettings { LatencyMs = 150 }));
        using var client = new EmulatorClient(emulator);

        var watch = Stopwatch.StartNew();
        var response = await client.GetAsync("/v2/health");
        watch.Stop();

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.True(watch.ElapsedMilliseconds >= 140, $"took only {watch.ElapsedMilliseconds} ms");
        Assert.Equal(1, emulator.Counters.FaultsInjected(FaultKind.Delayed));
    }

    [Fact]
    public async Task Latency_range_draws_within_bounds()
    {
        await using var emulator = await KognitosEmulator.StartAsync(
            TestScenarios.Standard().WithFaults(new FaultSettings { LatencyMs = 30, LatencyMaxMs = 60 }));
        using var client = new EmulatorClient(emulator);

        for (var i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v2/health")).Status);
            Assert.True(watch.ElapsedMilliseconds >= 25, $"took only {watch.ElapsedMilliseconds} ms");
        }

        Assert.Equal(3, emulator.Counters.FaultsInjected(FaultKind.Delayed));
    }

    [Fact]
    public async Task Faults_can_be_restricted_by_method_route_template_and_prefix()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var run = await client.StartRunAsync(TestScenarios.InstantProcess);
        var runPath = $"/v2/runs/{run.GetProperty("id").GetString()}";

        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1.0, Methods = ["POST"] };
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v2/health")).Status);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.PostJsonAsync("/v2/runs", StartInstantRun)).Status);

        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1.0, Paths = ["/v2/runs/{run_id}"] };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(runPath)).Status);
        Assert.Equal(HttpStatusCode.Created, (await client.PostJsonAsync("/v2/runs", StartInstantRun)).Status);

        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1.0, Paths = ["/v2/proc*"] };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync($"/v2/processes?agent_id={TestScenarios.AgentId}")).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(runPath)).Status);

        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1.0, Paths = [runPath] };
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await client.GetAsync(runPath)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/v2/health")).Status);
    }

    [Fact]
    public async Task Faults_never_touch_the_upload_or_admin_routes()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var file = (await client.PostJsonAsync("/v2/files", $$"""{"agent_id":"{{TestScenarios.AgentId}}","file_name":"a.txt"}""")).Json;

        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1.0, DropBeforeHandlingRate = 1.0 };
        var upload = await client.UploadAsync(file, Encoding.UTF8.GetBytes("hello"));
        var counters = await client.GetAsync("/_emulator/counters");

        Assert.Equal(HttpStatusCode.NoContent, upload.Status);
        Assert.Equal(HttpStatusCode.OK, counters.Status);
    }

    [Fact]
    public async Task Same_seed_gives_the_same_fault_sequence()
    {
        var faults = new FaultSettings { Seed = 42, RateLimitRate = 0.3, ServiceUnavailableRate = 0.3 };
        await using var first = await KognitosEmulator.StartAsync(TestScenarios.Standard().WithFaults(faults));
        await using var second = await KognitosEmulator.StartAsync(TestScenarios.Standard().WithFaults(faults));
        using var firstClient = new EmulatorClient(first);
        using var secondClient = new EmulatorClient(second);

        var a = await StatusSequenceAsync(firstClient, 40);
        var b = await StatusSequenceAsync(secondClient, 40);
        first.Faults = faults; // restarts the sequence from the seed
        var c = await StatusSequenceAsync(firstClient, 40);
        first.Faults = new FaultSettings { Seed = 43, RateLimitRate = 0.3, ServiceUnavailableRate = 0.3 };
        var d = await StatusSequenceAsync(firstClient, 40);

        Assert.Equal(a, b);
        Assert.Equal(a, c);
        Assert.NotEqual(a, d);
        Assert.Contains(HttpStatusCode.OK, a);
        Assert.Contains(HttpStatusCode.TooManyRequests, a);
        Assert.Contains(HttpStatusCode.ServiceUnavailable, a);
    }

    [Fact]
    public async Task Invalid_fault_settings_are_rejected_in_process()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());

        Assert.Throws<ArgumentException>(() => emulator.Faults = new FaultSettings { RateLimitRate = 1.5 });
        Assert.Throws<ArgumentException>(() => emulator.Faults = new FaultSettings { LatencyMs = 50, LatencyMaxMs = 10 });
        Assert.Equal(0, emulator.Faults.RateLimitRate);
    }

    private static async Task<List<HttpStatusCode>> StatusSequenceAsync(EmulatorClient client, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
            statuses.Add((await client.GetAsync("/v2/health")).Status);
        return statuses;
    }

    /// <summary>
    /// A new connection per request, so what these tests count never depends on connection-pool state
    /// (which connection was reused, or whether a handler retries on a connection it believed idle).
    /// </summary>
    internal static async Task<HttpResponseMessage> PostOnFreshConnectionAsync(KognitosEmulator emulator, string path, string json)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-api-key", TestScenarios.OrgKey);
        return await http.SendAsync(request);
    }
}
