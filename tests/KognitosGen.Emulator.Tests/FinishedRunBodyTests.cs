using System.Text;
using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>
/// A finished run's GET body is kept once the run is read again (issue 31, goal 4): it must stay the bytes the writer
/// makes for it, follow the variants and a cancel, and never skip the key check or a fault.
/// </summary>
[Trait("Category", "Emulator")]
public sealed class FinishedRunBodyTests
{
    private const string GetRunRoute = "/v2/runs/{run_id}";

    private static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, 250, TimeSpan.Zero);

    [Theory]
    [InlineData(TestScenarios.InvoiceProcess, "Published", CreatedAtForm.UtcWithoutOffset)]
    [InlineData(TestScenarios.InvoiceProcess, "Published", CreatedAtForm.Absent)]
    [InlineData(TestScenarios.InvoiceProcess, "Published", CreatedAtForm.WithOffset)]
    [InlineData(TestScenarios.FailingProcess, "Published", CreatedAtForm.UtcWithoutOffset)]
    [InlineData(TestScenarios.InstantProcess, "Published", CreatedAtForm.Absent)]
    [InlineData(TestScenarios.DraftProcess, "Draft", CreatedAtForm.LocalWithoutOffset)]
    public async Task A_finished_runs_GET_answers_the_bytes_the_list_writer_makes_for_it_every_time(
        string processId, string stage, CreatedAtForm createdAt)
    {
        var clock = new ManualClock(Start);
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(), new KognitosEmulatorOptions
        {
            TimeProvider = clock,
            Variants = new EmulatorVariants { ListOutputs = ListOutputsForm.Included, CreatedAt = createdAt },
        });
        using var client = new EmulatorClient(emulator);
        var file = await client.UploadFileAsync("invoice 42.pdf", [1, 2, 3]);
        var id = (await client.StartRunAsync(processId, stage, inputsJson: """[{"name":"amount","value":12.5}]""",
            fileIdsJson: $"[\"{file.GetProperty("id").GetString()}\"]")).GetProperty("id").GetString()!;
        clock.Advance(TimeSpan.FromHours(1));

        var first = await GetBytesAsync(emulator, $"/v2/runs/{id}");
        var second = await GetBytesAsync(emulator, $"/v2/runs/{id}");
        var third = await GetBytesAsync(emulator, $"/v2/runs/{id}");
        var list = await GetBytesAsync(emulator, $"/v2/runs?process_id={processId}&agent_id={TestScenarios.AgentId}");

        // Read once, a finished run is streamed and keeps nothing; read again, its kept body is written whole.
        Assert.Null(first.ContentLength);
        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Body, third.Body);
        Assert.Equal(second.Body.Length, second.ContentLength);
        Assert.Equal(third.Body.Length, third.ContentLength);
        Assert.Equal("application/json", first.ContentType);
        Assert.Equal("application/json", second.ContentType);
        // The list writes its items through the serializer as the GET wrote runs before its body was kept.
        Assert.Contains(Encoding.UTF8.GetString(first.Body), Encoding.UTF8.GetString(list.Body), StringComparison.Ordinal);
        var run = JsonDocument.Parse(first.Body).RootElement;
        Assert.Equal(createdAt != CreatedAtForm.Absent, run.TryGetProperty("created_at", out _));
        var status = run.GetProperty("status").GetString();
        Assert.Equal(processId == TestScenarios.FailingProcess ? "Failed" : "Succeeded", status);
        Assert.Equal(status == "Succeeded" ? JsonValueKind.Array : JsonValueKind.Null, run.GetProperty("outputs").ValueKind);
        Assert.Equal(1, run.GetProperty("file_ids").GetArrayLength());
    }

    [Fact]
    public async Task A_finished_run_answers_the_variants_the_web_UI_set_after_its_body_was_made()
    {
        var clock = new ManualClock(Start);
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(), new KognitosEmulatorOptions { TimeProvider = clock });
        using var client = new EmulatorClient(emulator);
        using var browser = new WebUiBrowser(emulator);
        var id = (await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name":"amount","value":3}]"""))
            .GetProperty("id").GetString()!;
        clock.Advance(TimeSpan.FromHours(1));
        var before = (await client.GetAsync($"/v2/runs/{id}")).Json;
        Assert.Equal("Succeeded", before.GetProperty("status").GetString());
        Assert.Equal("2026-03-01T08:00:00", before.GetProperty("created_at").GetString());

        Assert.Equal(HttpStatusCode.SeeOther, await browser.PostAsync("/ui/variants",
            VariantsForm(statusWords: "UpperSnakeCase", createdAt: "WithOffset", zoneMinutes: "60")));
        var after = (await client.GetAsync($"/v2/runs/{id}")).Json;
        Assert.Equal(HttpStatusCode.SeeOther, await browser.PostAsync("/ui/variants",
            VariantsForm(statusWords: "UpperSnakeCase", createdAt: "WithOffset", zoneMinutes: "120")));
        var zoneMoved = (await client.GetAsync($"/v2/runs/{id}")).Json;
        Assert.Equal(HttpStatusCode.SeeOther, await browser.PostAsync("/ui/variants",
            VariantsForm(statusWords: "Documented", createdAt: "UtcWithoutOffset", zoneMinutes: "-300")));
        var back = await client.GetAsync($"/v2/runs/{id}");

        Assert.Equal("SUCCEEDED", after.GetProperty("status").GetString());
        Assert.Equal("2026-03-01T09:00:00+01:00", after.GetProperty("created_at").GetString());
        Assert.Equal("2026-03-01T10:00:00+02:00", zoneMoved.GetProperty("created_at").GetString());
        Assert.Equal(before.GetRawText(), back.Json.GetRawText());
        Assert.Equal(3, back.Json.GetProperty("outputs")[0].GetProperty("value").GetInt32());
    }

    [Fact]
    public async Task A_run_cancelled_while_running_reads_Cancelled_for_good_and_a_finished_run_cannot_be_cancelled()
    {
        var clock = new ManualClock(Start);
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(), new KognitosEmulatorOptions { TimeProvider = clock });
        using var client = new EmulatorClient(emulator);
        using var browser = new WebUiBrowser(emulator);
        var cancelled = (await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name":"amount","value":1}]"""))
            .GetProperty("id").GetString()!;
        var finished = (await client.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name":"amount","value":2}]"""))
            .GetProperty("id").GetString()!;
        clock.Advance(TimeSpan.FromMilliseconds(25));
        Assert.Equal("Running", (await client.GetAsync($"/v2/runs/{cancelled}")).String("status"));

        Assert.Equal(HttpStatusCode.SeeOther, await browser.PostAsync($"/ui/runs/{cancelled}/cancel", new Dictionary<string, string>()));
        var justCancelled = await client.GetAsync($"/v2/runs/{cancelled}");
        clock.Advance(TimeSpan.FromHours(1));
        var later = await client.GetAsync($"/v2/runs/{cancelled}");
        var succeeded = await client.GetAsync($"/v2/runs/{finished}");
        var refused = await browser.PostAsync($"/ui/runs/{finished}/cancel", new Dictionary<string, string>());
        var afterRefusal = await client.GetAsync($"/v2/runs/{finished}");

        Assert.Equal("Cancelled", justCancelled.String("status"));
        Assert.Equal(JsonValueKind.Null, justCancelled.Json.GetProperty("outputs").ValueKind);
        Assert.Equal(justCancelled.Body, later.Body);
        Assert.Equal("Succeeded", succeeded.String("status"));
        Assert.Equal(HttpStatusCode.Conflict, refused);
        Assert.Equal(succeeded.Body, afterRefusal.Body);
    }

    [Fact]
    public async Task A_GET_of_a_finished_run_still_faults_while_a_fault_is_set_and_every_GET_is_counted()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var id = (await client.StartRunAsync(TestScenarios.InstantProcess)).GetProperty("id").GetString()!;
        var streamed = await client.GetAsync($"/v2/runs/{id}");
        var kept = await client.GetAsync($"/v2/runs/{id}"); // read again: from here on its body is kept
        Assert.Equal("Succeeded", kept.String("status"));
        Assert.Equal(streamed.Body, kept.Body);

        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1 };
        var unavailable = await client.GetAsync($"/v2/runs/{id}");
        emulator.Faults = new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 3 };
        var limited = await client.GetAsync($"/v2/runs/{id}");
        emulator.Faults = new FaultSettings { DropAfterHandlingRate = 1 };
        await Assert.ThrowsAsync<HttpRequestException>(() => client.GetAsync($"/v2/runs/{id}"));
        emulator.Faults = new FaultSettings();
        var again = await client.GetAsync($"/v2/runs/{id}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.Status);
        Assert.Equal(503, unavailable.Json.GetProperty("status_code").GetInt32());
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(TimeSpan.FromSeconds(3), limited.Headers.RetryAfter?.Delta);
        Assert.Equal(1, emulator.Counters.FaultsInjected(FaultKind.DroppedAfterHandling));
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Equal(kept.Body, again.Body);
        Assert.Equal(6, emulator.Counters.RequestsFor("GET", GetRunRoute));
        Assert.Equal(6, emulator.Counters.Snapshot().RequestsByRoute["GET " + GetRunRoute]);
    }

    [Fact]
    public async Task A_finished_runs_kept_body_is_refused_to_a_key_of_another_agent_and_is_gone_with_the_run()
    {
        var clock = new ManualClock(Start);
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { TimeProvider = clock, ForgetTerminalRunsAfter = TimeSpan.FromMinutes(1) });
        using var client = new EmulatorClient(emulator);
        var id = (await client.StartRunAsync(TestScenarios.InstantProcess)).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v2/runs/{id}", TestScenarios.AgentKey)).Status);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/v2/runs/{id}", TestScenarios.AgentKey)).Status); // now kept

        var otherAgent = await client.GetAsync($"/v2/runs/{id}", TestScenarios.OtherAgentKey);
        var noKey = await client.GetAsync($"/v2/runs/{id}", apiKey: null);
        clock.Advance(TimeSpan.FromMinutes(2));
        await client.StartRunAsync(TestScenarios.InstantProcess); // a start sweeps the runs past their retention
        var forgotten = await client.GetAsync($"/v2/runs/{id}");

        Assert.Equal(HttpStatusCode.Forbidden, otherAgent.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, noKey.Status);
        Assert.Equal(HttpStatusCode.NotFound, forgotten.Status);
    }

    private static Dictionary<string, string> VariantsForm(string statusWords, string createdAt, string zoneMinutes) => new()
    {
        ["runListOrder"] = "NewestFirst",
        ["runListLagMs"] = "0",
        ["runStartStatusCode"] = "201",
        ["firstRunStatus"] = "Created",
        ["createdAt"] = createdAt,
        ["createdAtZoneOffsetMinutes"] = zoneMinutes,
        ["listOutputs"] = "Null",
        ["errorBodies"] = "ErrorModel",
        ["statusWords"] = statusWords,
        ["fileIds"] = "ShortId",
        ["healthRequiresKey"] = "on",
        ["outputNames"] = "SnakeCase",
    };

    // The length as the server sent it (null for a body sent in chunks), read before the body is buffered.
    private static async Task<(byte[] Body, long? ContentLength, string? ContentType)> GetBytesAsync(KognitosEmulator emulator, string path)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("x-api-key", TestScenarios.OrgKey);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sentLength = response.Headers.TransferEncodingChunked == true ? null : response.Content.Headers.ContentLength;
        return (await response.Content.ReadAsByteArrayAsync(), sentLength, response.Content.Headers.ContentType?.MediaType);
    }
}
