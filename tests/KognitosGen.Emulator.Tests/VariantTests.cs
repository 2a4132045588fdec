using System.Globalization;
using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

/// <summary>Each reading the variants switch to, seen over raw HTTP; the defaults are the other tests' subject.</summary>
[Trait("Category", "Emulator")]
public sealed class VariantTests
{
    private const string ListInvoiceRuns =
        $"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id={TestScenarios.AgentId}";

    private static readonly DateTimeOffset Noon = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static Task<KognitosEmulator> Start(EmulatorVariants variants, TimeProvider? clock = null) =>
        KognitosEmulator.StartAsync(TestScenarios.Standard(),
            new KognitosEmulatorOptions { Variants = variants, TimeProvider = clock ?? TimeProvider.System });

    private static string StartBody(string name = "Process invoice 42") => $$"""
        {"name": "{{name}}", "process_id": "{{TestScenarios.InvoiceProcess}}", "agent_id": "{{TestScenarios.AgentId}}",
         "stage": "Published", "inputs": [{"name": "amount", "value": 99.5}]}
        """;

    [Fact]
    public async Task Oldest_first_lists_runs_in_creation_order_across_pages()
    {
        await using var emulator = await Start(new EmulatorVariants { RunListOrder = RunListOrder.OldestFirst });
        using var client = new EmulatorClient(emulator);
        var created = new List<string>();
        for (var i = 0; i < 25; i++)
            created.Add((await client.StartRunAsync(TestScenarios.InvoiceProcess, name: $"run {i}")).GetProperty("id").GetString()!);

        var listed = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await client.GetAsync(ListInvoiceRuns + "&limit=10" + (token is null ? "" : "&continuation_token=" + Uri.EscapeDataString(token)));
            listed.AddRange(page.Json.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("id").GetString()!));
            token = page.Json.GetProperty("continuation_token").GetString();
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(created, listed);
    }

    [Fact]
    public async Task A_lagging_list_shows_a_new_run_only_after_the_lag_while_it_can_be_read_by_id_at_once()
    {
        var clock = new ManualClock(Noon);
        await using var emulator = await Start(new EmulatorVariants { RunListLagMs = 500 }, clock);
        using var client = new EmulatorClient(emulator);
        var id = (await client.StartRunAsync(TestScenarios.InvoiceProcess)).GetProperty("id").GetString();

        var readById = await client.GetAsync($"/v2/runs/{id}");
        var listedAtOnce = await client.GetAsync(ListInvoiceRuns);
        clock.Advance(TimeSpan.FromMilliseconds(499));
        var listedJustBefore = await client.GetAsync(ListInvoiceRuns);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        var listedAfter = await client.GetAsync(ListInvoiceRuns);

        Assert.Equal(HttpStatusCode.OK, readById.Status);
        Assert.Equal(0, listedAtOnce.Json.GetProperty("items").GetArrayLength());
        Assert.Equal(0, listedJustBefore.Json.GetProperty("items").GetArrayLength());
        Assert.Equal(id, listedAfter.Json.GetProperty("items")[0].GetProperty("id").GetString());
    }

    [Theory]
    [InlineData(200, FirstRunStatus.Pending, "Pending")]
    [InlineData(202, FirstRunStatus.Created, "Created")]
    [InlineData(201, FirstRunStatus.Pending, "Pending")]
    public async Task A_start_answers_with_the_chosen_code_and_first_status(int code, FirstRunStatus first, string word)
    {
        await using var emulator = await Start(new EmulatorVariants { RunStartStatusCode = code, FirstRunStatus = first });
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", StartBody());

        Assert.Equal(code, (int)response.Status);
        Assert.Equal(word, response.String("status"));
    }

    [Fact]
    public async Task Status_words_are_spelled_as_chosen_and_a_run_may_await_guidance_before_it_ends()
    {
        var clock = new ManualClock(Noon);
        await using var emulator = await Start(new EmulatorVariants { StatusWords = StatusWordStyle.UpperSnakeCase, RunsAwaitGuidance = true }, clock);
        using var client = new EmulatorClient(emulator);
        var started = await client.PostJsonAsync("/v2/runs", StartBody());
        var id = started.String("id");

        var seen = new List<string?> { started.String("status") };
        foreach (var ms in new[] { 10, 15, 15, 15 })
        {
            clock.Advance(TimeSpan.FromMilliseconds(ms));
            seen.Add((await client.GetAsync($"/v2/runs/{id}")).String("status"));
        }

        Assert.Equal(["CREATED", "PENDING", "RUNNING", "AWAITING_GUIDANCE", "SUCCEEDED"], seen);
    }

    [Theory]
    [InlineData(StatusWordStyle.Lowercase, "succeeded")]
    [InlineData(StatusWordStyle.Uppercase, "SUCCEEDED")]
    public async Task Terminal_status_words_follow_the_casing(StatusWordStyle style, string word)
    {
        await using var emulator = await Start(new EmulatorVariants { StatusWords = style });
        using var client = new EmulatorClient(emulator);
        var id = (await client.PostJsonAsync("/v2/runs", StartBody())).String("id");
        await Task.Delay(120);

        Assert.Equal(word, (await client.GetAsync($"/v2/runs/{id}")).String("status"));
    }

    [Fact]
    public async Task Created_at_is_written_with_an_offset_in_another_zone_without_it_or_not_at_all()
    {
        var clock = new ManualClock(Noon);
        await using var withOffset = await Start(new EmulatorVariants { CreatedAt = CreatedAtForm.WithOffset, CreatedAtZoneOffsetMinutes = 330 }, clock);
        await using var local = await Start(new EmulatorVariants { CreatedAt = CreatedAtForm.LocalWithoutOffset }, clock);
        await using var absent = await Start(new EmulatorVariants { CreatedAt = CreatedAtForm.Absent }, clock);

        using var offsetClient = new EmulatorClient(withOffset);
        using var localClient = new EmulatorClient(local);
        using var absentClient = new EmulatorClient(absent);
        var offsetRun = await offsetClient.PostJsonAsync("/v2/runs", StartBody());
        var localRun = await localClient.PostJsonAsync("/v2/runs", StartBody());
        var absentRun = await absentClient.PostJsonAsync("/v2/runs", StartBody());

        Assert.Equal("2026-03-01T17:30:00+05:30", offsetRun.String("created_at"));
        Assert.Equal(Noon, DateTimeOffset.Parse(offsetRun.String("created_at")!, CultureInfo.InvariantCulture));
        Assert.Equal("2026-03-01T07:00:00", localRun.String("created_at"));
        Assert.False(absentRun.Json.TryGetProperty("created_at", out _));
        Assert.False((await absentClient.GetAsync($"/v2/runs/{absentRun.String("id")}")).Json.TryGetProperty("created_at", out _));
        Assert.False((await absentClient.GetAsync(ListInvoiceRuns)).Json.GetProperty("items")[0].TryGetProperty("created_at", out _));
    }

    [Fact]
    public async Task List_items_carry_outputs_or_no_outputs_member_as_chosen()
    {
        await using var included = await Start(new EmulatorVariants { ListOutputs = ListOutputsForm.Included });
        await using var omitted = await Start(new EmulatorVariants { ListOutputs = ListOutputsForm.Omitted });
        using var includedClient = new EmulatorClient(included);
        using var omittedClient = new EmulatorClient(omitted);
        await includedClient.WaitForTerminalAsync((await includedClient.PostJsonAsync("/v2/runs", StartBody())).String("id")!);
        await omittedClient.WaitForTerminalAsync((await omittedClient.PostJsonAsync("/v2/runs", StartBody())).String("id")!);

        var withOutputs = (await includedClient.GetAsync(ListInvoiceRuns)).Json.GetProperty("items")[0];
        var withoutMember = (await omittedClient.GetAsync(ListInvoiceRuns)).Json.GetProperty("items")[0];

        Assert.Equal(99.5m, withOutputs.GetProperty("outputs")[0].GetProperty("value").GetDecimal());
        Assert.False(withoutMember.TryGetProperty("outputs", out _));
        Assert.Equal("Succeeded", withoutMember.GetProperty("status").GetString());
    }

    [Theory]
    [InlineData(ErrorBodyForm.GatewayMessage, "application/json", "{\"message\":\"Unauthorized\"}")]
    [InlineData(ErrorBodyForm.PlainText, "text/plain", "Unauthorized")]
    [InlineData(ErrorBodyForm.Html, "text/html", "<title>401 Unauthorized</title>")]
    public async Task Refusals_and_faults_come_in_a_gateways_form(ErrorBodyForm form, string contentType, string bodyPart)
    {
        await using var emulator = await Start(new EmulatorVariants { ErrorBodies = form });
        using var client = new EmulatorClient(emulator);

        var unauthorized = await client.GetAsync("/v2/health", apiKey: null);
        var forbidden = await client.GetAsync($"/v2/processes?agent_id={TestScenarios.OtherAgentId}", TestScenarios.AgentKey);
        emulator.Faults = new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 3 };
        var limited = await client.GetAsync("/v2/health");
        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1 };
        var unavailable = await client.GetAsync("/v2/health");
        emulator.Faults = FaultSettings.None;
        var invalid = await client.GetAsync("/v2/runs?agent_id=x");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthorized.Status);
        Assert.Equal(contentType, unauthorized.ContentType);
        Assert.Contains(bodyPart, unauthorized.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.Status);
        Assert.Equal(contentType, forbidden.ContentType);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal("3", limited.Headers.RetryAfter?.ToString());
        Assert.Equal(contentType, limited.ContentType);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, unavailable.Status);
        Assert.Equal(contentType, unavailable.ContentType);
        // Kognitos's own answers (400, 404) stay ErrorModel.
        Assert.Equal("Invalid input values", invalid.String("message"));
    }

    [Fact]
    public async Task S3_uri_file_ids_are_issued_uploaded_and_accepted_by_a_run()
    {
        await using var emulator = await Start(new EmulatorVariants { FileIds = FileIdForm.S3Uri });
        using var client = new EmulatorClient(emulator);

        var file = await client.UploadFileAsync("scan.pdf", [1, 2, 3]);
        var id = file.GetProperty("id").GetString()!;
        var run = await client.StartRunAsync(TestScenarios.InvoiceProcess, fileIdsJson: JsonSerializer.Serialize(new[] { id }));
        var done = await client.WaitForTerminalAsync(run.GetProperty("id").GetString()!);

        Assert.StartsWith("s3://", id, StringComparison.Ordinal);
        Assert.EndsWith("/scan.pdf", id, StringComparison.Ordinal);
        Assert.Equal(id, done.GetProperty("file_ids")[0].GetString());
        Assert.Contains(done.GetProperty("outputs").EnumerateArray(), o => o.GetProperty("name").GetString() == "files"
            && o.GetProperty("value")[0].GetString() == "scan.pdf");
    }

    [Fact]
    public async Task Health_can_answer_without_a_key_while_other_routes_still_need_one()
    {
        await using var emulator = await Start(new EmulatorVariants { HealthRequiresKey = false });
        using var client = new EmulatorClient(emulator);

        var health = await client.GetAsync("/v2/health", apiKey: null);
        var processes = await client.GetAsync($"/v2/processes?agent_id={TestScenarios.AgentId}", apiKey: null);

        Assert.Equal(HttpStatusCode.OK, health.Status);
        Assert.Equal("OK", health.String("status"));
        Assert.Equal(HttpStatusCode.Unauthorized, processes.Status);
    }

    [Theory]
    [InlineData(OutputNameForm.WithoutPrefix, "file count")]
    [InlineData(OutputNameForm.AsScripted, "the output file count")]
    public async Task Output_names_are_written_in_the_chosen_form(OutputNameForm form, string expected)
    {
        await using var emulator = await Start(new EmulatorVariants { OutputNames = form });
        using var client = new EmulatorClient(emulator);

        var run = await client.WaitForTerminalAsync((await client.PostJsonAsync("/v2/runs", StartBody())).String("id")!);

        var names = run.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Contains(expected, names);
        Assert.DoesNotContain("file_count", names);
    }

    [Fact]
    public async Task Output_names_are_snake_case_by_default_as_the_documented_examples_write_them()
    {
        await using var emulator = await Start(new EmulatorVariants());
        using var client = new EmulatorClient(emulator);

        var run = await client.WaitForTerminalAsync((await client.PostJsonAsync("/v2/runs", StartBody())).String("id")!);

        var names = run.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();
        Assert.Contains("file_count", names);
        Assert.DoesNotContain(names, n => n!.Contains(' ', StringComparison.Ordinal));
    }

    [Fact]
    public async Task Variants_come_from_a_scenario_file_and_bad_ones_are_reported_with_their_path()
    {
        const string Json = """
            {"apiKeys": [{"key": "k"}], "agents": [{"id": "a1", "processes": [{"id": "p1", "name": "to run"}]}],
             "variants": {"runListOrder": "OldestFirst", "runListLagMs": 250, "errorBodies": "Html"}}
            """;
        await using var emulator = await KognitosEmulator.StartAsync(Json);

        var bad = await Assert.ThrowsAsync<ScenarioException>(() => KognitosEmulator.StartAsync(
            Json.Replace("250", "-1", StringComparison.Ordinal).Replace("\"errorBodies\": \"Html\"", "\"runStartStatusCode\": 204", StringComparison.Ordinal)));
        var badOptions = await Assert.ThrowsAsync<ArgumentException>(() => Start(new EmulatorVariants { CreatedAtZoneOffsetMinutes = 900 }));

        Assert.Equal("runListOrder=OldestFirst, runListLagMs=250, errorBodies=Html", emulator.Variants.ToString());
        Assert.Contains(bad.Problems, p => p.StartsWith("variants.runListLagMs", StringComparison.Ordinal));
        Assert.Contains(bad.Problems, p => p.StartsWith("variants.runStartStatusCode", StringComparison.Ordinal));
        Assert.Contains("createdAtZoneOffsetMinutes", badOptions.Message, StringComparison.Ordinal);
        Assert.Equal("defaults", new EmulatorVariants().ToString());
    }
}
