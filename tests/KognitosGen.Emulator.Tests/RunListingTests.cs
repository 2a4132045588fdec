using System.Text.Json;

namespace KognitosGen.Emulator.Tests;

[Trait("Category", "Emulator")]
public sealed class RunListingTests
{
    private const string ListInvoiceRuns =
        $"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id={TestScenarios.AgentId}";

    [Fact]
    public async Task Twenty_five_runs_with_limit_10_are_three_pages_newest_first_then_a_bogus_token_is_400()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var created = new List<string>();
        for (var i = 0; i < 25; i++)
            created.Add((await client.StartRunAsync(TestScenarios.InvoiceProcess, name: $"run {i}")).GetProperty("id").GetString()!);

        var pages = new List<List<JsonElement>>();
        string? token = null;
        do
        {
            var path = ListInvoiceRuns + "&limit=10" + (token is null ? string.Empty : "&continuation_token=" + Uri.EscapeDataString(token));
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.Status);
            pages.Add(response.Json.GetProperty("items").EnumerateArray().ToList());
            token = response.Json.GetProperty("continuation_token").GetString();
            Assert.True(pages.Count <= 3, "more pages than runs allow");
        }
        while (token is not null);

        Assert.Equal([10, 10, 5], pages.Select(p => p.Count));
        var listed = pages.SelectMany(p => p).ToList();
        Assert.Equal(Enumerable.Reverse(created), listed.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(listed.Select(r => r.GetProperty("created_at").GetString()).OrderByDescending(t => t, StringComparer.Ordinal),
            listed.Select(r => r.GetProperty("created_at").GetString()));

        var bogus = await client.GetAsync(ListInvoiceRuns + "&continuation_token=bm90LWEtdG9rZW4");
        Assert.Equal(HttpStatusCode.BadRequest, bogus.Status);
        Assert.Equal("Invalid input values", bogus.String("message"));
        Assert.Equal("continuation_token", bogus.Json.GetProperty("details")[0].GetProperty("field").GetString());
        var garbled = await client.GetAsync(ListInvoiceRuns + "&continuation_token=%25%25%25");
        Assert.Equal(HttpStatusCode.BadRequest, garbled.Status);
    }

    [Fact]
    public async Task A_token_only_works_for_the_query_that_issued_it()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        for (var i = 0; i < 3; i++)
            await client.StartRunAsync(TestScenarios.InvoiceProcess);
        var token = (await client.GetAsync(ListInvoiceRuns + "&limit=1")).Json.GetProperty("continuation_token").GetString()!;

        var sameQueryOtherLimit = await client.GetAsync(ListInvoiceRuns + "&limit=5&continuation_token=" + Uri.EscapeDataString(token));
        var otherStage = await client.GetAsync(ListInvoiceRuns + "&stage=Published&continuation_token=" + Uri.EscapeDataString(token));
        var otherProcess = await client.GetAsync(
            $"/v2/runs?process_id={TestScenarios.InstantProcess}&agent_id={TestScenarios.AgentId}&continuation_token={Uri.EscapeDataString(token)}");
        var processes = await client.GetAsync($"/v2/processes?agent_id={TestScenarios.AgentId}&continuation_token={Uri.EscapeDataString(token)}");

        Assert.Equal(HttpStatusCode.OK, sameQueryOtherLimit.Status);
        Assert.Equal(2, sameQueryOtherLimit.Json.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.BadRequest, otherStage.Status);
        Assert.Equal(HttpStatusCode.BadRequest, otherProcess.Status);
        Assert.Equal(HttpStatusCode.BadRequest, processes.Status);
    }

    [Fact]
    public async Task Tokens_from_another_emulator_instance_are_rejected()
    {
        await using var first = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        await using var second = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var firstClient = new EmulatorClient(first);
        using var secondClient = new EmulatorClient(second);
        await firstClient.StartRunAsync(TestScenarios.InvoiceProcess);
        await firstClient.StartRunAsync(TestScenarios.InvoiceProcess);
        var token = (await firstClient.GetAsync(ListInvoiceRuns + "&limit=1")).Json.GetProperty("continuation_token").GetString()!;

        var response = await secondClient.GetAsync(ListInvoiceRuns + "&continuation_token=" + Uri.EscapeDataString(token));

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
    }

    [Fact]
    public async Task Default_limit_is_10_and_max_is_100()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        for (var i = 0; i < 12; i++)
            await client.StartRunAsync(TestScenarios.InstantProcess);
        var list = $"/v2/runs?process_id={TestScenarios.InstantProcess}&agent_id={TestScenarios.AgentId}";

        var defaultPage = (await client.GetAsync(list)).Json;
        var maxPage = (await client.GetAsync(list + "&limit=100")).Json;

        Assert.Equal(10, defaultPage.GetProperty("items").GetArrayLength());
        Assert.NotNull(defaultPage.GetProperty("continuation_token").GetString());
        Assert.Equal(12, maxPage.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, maxPage.GetProperty("continuation_token").ValueKind);
    }

    [Fact]
    public async Task Stage_filter_selects_runs_of_that_stage()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        await client.StartRunAsync(TestScenarios.DraftProcess, stage: "Draft");
        await client.StartRunAsync(TestScenarios.DraftProcess, stage: "Draft");
        var list = $"/v2/runs?process_id={TestScenarios.DraftProcess}&agent_id={TestScenarios.AgentId}";

        var all = (await client.GetAsync(list)).Json.GetProperty("items");
        var drafts = (await client.GetAsync(list + "&stage=Draft")).Json.GetProperty("items");
        var published = (await client.GetAsync(list + "&stage=Published")).Json.GetProperty("items");

        Assert.Equal(2, all.GetArrayLength());
        Assert.Equal(2, drafts.GetArrayLength());
        Assert.All(drafts.EnumerateArray(), r => Assert.Equal("Draft", r.GetProperty("stage").GetString()));
        Assert.Equal(0, published.GetArrayLength());
    }

    [Fact]
    public async Task List_items_have_null_outputs_by_default_as_in_the_documented_example()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        var run = await client.StartRunAsync(TestScenarios.DraftProcess, stage: "Draft");
        await client.WaitForTerminalAsync(run.GetProperty("id").GetString()!);

        var item = (await client.GetAsync($"/v2/runs?process_id={TestScenarios.DraftProcess}&agent_id={TestScenarios.AgentId}"))
            .Json.GetProperty("items")[0];

        Assert.Equal(["id", "name", "process_id", "agent_id", "stage", "status", "created_at", "file_ids", "outputs"],
            item.EnumerateObject().Select(p => p.Name));
        Assert.Equal("Succeeded", item.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, item.GetProperty("outputs").ValueKind);
    }

    [Fact]
    public async Task ListIncludesOutputs_switch_puts_outputs_in_list_items()
    {
        var scenario = TestScenarios.Standard();
        scenario.ListIncludesOutputs = true;
        await using var emulator = await KognitosEmulator.StartAsync(scenario);
        using var client = new EmulatorClient(emulator);
        var run = await client.StartRunAsync(TestScenarios.DraftProcess, stage: "Draft");
        await client.WaitForTerminalAsync(run.GetProperty("id").GetString()!);

        var item = (await client.GetAsync($"/v2/runs?process_id={TestScenarios.DraftProcess}&agent_id={TestScenarios.AgentId}"))
            .Json.GetProperty("items")[0];

        Assert.Equal("fine", item.GetProperty("outputs")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task Unknown_process_or_agent_is_404_and_empty_process_lists_nothing()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var unknownProcess = await client.GetAsync($"/v2/runs?process_id=nosuch&agent_id={TestScenarios.AgentId}");
        var unknownAgent = await client.GetAsync($"/v2/runs?process_id={TestScenarios.InvoiceProcess}&agent_id=nosuch");
        var empty = await client.GetAsync(ListInvoiceRuns);

        Assert.Equal(HttpStatusCode.NotFound, unknownProcess.Status);
        Assert.Equal("The specified process or agent was not found", unknownProcess.String("message"));
        Assert.Equal(HttpStatusCode.NotFound, unknownAgent.Status);
        Assert.Equal("""{"items":[],"continuation_token":null}""", empty.Body);
    }
}
