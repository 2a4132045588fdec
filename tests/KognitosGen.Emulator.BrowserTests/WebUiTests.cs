using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace KognitosGen.Emulator.Tests;

/// <summary>
/// The emulator's web UI in a real headless Chromium: runs started through the API appear on it, and what is done on
/// it (cancel, run again, faults) is what the API then reports.
/// </summary>
public sealed class WebUiTests(ChromiumBrowser chromium) : IClassFixture<ChromiumBrowser>
{
    [Fact]
    public async Task Runs_appear_with_their_outputs_and_a_filter_narrows_the_list()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var first = await api.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name": "amount", "value": 1234.5}]""", name: "Invoice 42");
        var second = await api.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name": "amount", "value": 77}]""", name: "Invoice 43");
        var failed = await api.StartRunAsync(TestScenarios.FailingProcess, name: "Broken batch");
        foreach (var run in new[] { first, second, failed })
            await api.WaitForTerminalAsync(run.GetProperty("id").GetString()!);

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        Assert.Equal(emulator.BaseAddress.ToString(), page.Url); // the token is spent and gone from the address
        var rows = page.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        // Newest first, each with its status and its outputs as the API returns them.
        Assert.Equal("Broken batch", await rows.Nth(0).Locator("td").Nth(0).InnerTextAsync());
        Assert.Equal("Failed", await rows.Nth(0).Locator(".status").InnerTextAsync());
        var invoice = page.Locator($"tr[data-run-id='{first.GetProperty("id").GetString()}']");
        Assert.Equal("Succeeded", await invoice.Locator(".status").InnerTextAsync());
        Assert.Contains("total: 1234.5", await invoice.InnerTextAsync());
        Assert.Contains("vendor: \"ACME\"", await invoice.InnerTextAsync());
        Assert.Equal("2", await page.Locator("[data-count='Succeeded']").InnerTextAsync());
        Assert.Equal("1", await page.Locator("[data-count='Failed']").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = WebUiScenario.ScreenshotPath("emulator-ui-runs.png") });

        // By status, through the labelled select and the Apply button.
        await page.GetByLabel("Status", new() { Exact = true }).SelectOptionAsync("Failed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("Broken batch", await rows.Nth(0).InnerTextAsync());

        // By text in the name, with the status filter cleared.
        await page.GotoAsync(emulator.BaseAddress + "?q=invoice+43");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("total: 77", await rows.Nth(0).InnerTextAsync());

        // By process: the failing process's runs only.
        await page.GotoAsync(emulator.BaseAddress + "?process=" + TestScenarios.FailingProcess);
        await Assertions.Expect(rows).ToHaveCountAsync(1);

        // A filter value that cannot be used is named, not silently ignored.
        var bad = await page.GotoAsync(emulator.BaseAddress + "?status=Done");
        Assert.Equal(400, bad!.Status);
        Assert.Contains("status: 'Done' is not one of", await page.Locator("[role=alert]").InnerTextAsync());
    }

    [Fact]
    public async Task The_list_updates_live_while_runs_move()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        await Assertions.Expect(page.Locator("[data-empty]")).ToBeVisibleAsync();

        var run = await api.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name": "amount", "value": 5}]""", name: "Arrives later");

        // No reload: the page's script sees the stamp change and fetches the list again.
        var row = page.Locator($"tr[data-run-id='{run.GetProperty("id").GetString()}']");
        await Assertions.Expect(row.Locator(".status")).ToHaveTextAsync("Succeeded");
        Assert.Contains("total: 5", await row.InnerTextAsync());
    }

    [Fact]
    public async Task Cancel_moves_a_running_run_to_Cancelled_as_the_API_then_reports()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var runId = (await api.StartRunAsync(WebUiScenario.SlowProcess, name: "Waits for a person")).GetProperty("id").GetString()!;
        Assert.Equal("Running", (await api.GetAsync($"/v2/runs/{runId}")).String("status"));

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Waits for a person" }).ClickAsync();
        await Assertions.Expect(page.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", "Running");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cancel this run" }).ClickAsync();

        await Assertions.Expect(page.Locator("dd[data-status]")).ToHaveAttributeAsync("data-status", "Cancelled");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel this run" })).ToHaveCountAsync(0);
        Assert.Contains("Cancelled", await page.Locator("ol.timeline").InnerTextAsync());
        var byId = await api.GetAsync($"/v2/runs/{runId}");
        Assert.Equal("Cancelled", byId.String("status"));
        Assert.Equal(JsonValueKind.Null, byId.Json.GetProperty("outputs").ValueKind);
        var listed = await api.GetAsync($"/v2/runs?agent_id={TestScenarios.AgentId}&process_id={WebUiScenario.SlowProcess}");
        Assert.Equal("Cancelled", listed.Json.GetProperty("items")[0].GetProperty("status").GetString());

        // An ended run cannot be cancelled: a second post (from the page as it was) says so and changes nothing.
        var instant = (await api.StartRunAsync(TestScenarios.InstantProcess, name: "Done at once")).GetProperty("id").GetString()!;
        await page.GotoAsync(emulator.BaseAddress + "ui/runs/" + instant);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Cancel this run" })).ToHaveCountAsync(0);
        var csrf = await page.Locator("input[name=csrf]").First.GetAttributeAsync("value");
        var late = await page.APIRequest.PostAsync(emulator.BaseAddress + "ui/runs/" + instant + "/cancel",
            new() { Form = FormOf(page, ("csrf", csrf!)) });
        Assert.Equal(409, late.Status);
        Assert.Equal("Succeeded", (await api.GetAsync($"/v2/runs/{instant}")).String("status"));
    }

    [Fact]
    public async Task Run_again_with_edited_inputs_creates_a_run_the_API_lists()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var original = (await api.StartRunAsync(TestScenarios.InvoiceProcess,
            inputsJson: """[{"name": "amount", "value": 10}, {"name": "vendor", "value": "Old"}]""", name: "Invoice 7")).GetProperty("id").GetString()!;
        await api.WaitForTerminalAsync(original);

        var page = await chromium.NewPageAsync(height: 1000);
        await page.GotoAsync(emulator.WebUiLink.ToString());
        await page.GotoAsync(emulator.BaseAddress + "ui/runs/" + original);
        var inputs = page.Locator("table[data-values='inputs'] tbody tr");
        await Assertions.Expect(inputs).ToHaveCountAsync(2);
        Assert.Contains("\"Old\"", await inputs.Nth(1).InnerTextAsync());
        Assert.Contains("total", await page.Locator("table[data-values='outputs']").InnerTextAsync());
        Assert.Contains("Answered.", await page.Locator("[data-answer]").InnerTextAsync());
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = WebUiScenario.ScreenshotPath("emulator-ui-run.png"), FullPage = false });

        // Edit: another amount, a vendor removed, and a new input of an object value.
        await page.GetByLabel("Run name").FillAsync("Invoice 7, corrected");
        await page.Locator("#input-value-1").FillAsync("99.5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove input vendor" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Add an input" }).ClickAsync();
        var added = page.Locator(".input-row").Last;
        await added.GetByLabel("Input name").FillAsync("lines");
        await added.GetByLabel("Value (JSON)").FillAsync("""{"sku": ["a", "b"], "count": 2}""");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the run" }).ClickAsync();

        // The new run's page once its navigation commits: what follows reads it through locators, which wait for their
        // elements, so the test does not also wait for the page's load event (a loaded CI machine once took over 15 s).
        await page.WaitForURLAsync(new Regex("/ui/runs/(?!" + original + ")[0-9a-z]{25}$"), new() { WaitUntil = WaitUntilState.Commit });
        var newId = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        var listed = await api.GetAsync($"/v2/runs?agent_id={TestScenarios.AgentId}&process_id={TestScenarios.InvoiceProcess}");
        var item = listed.Json.GetProperty("items")[0];
        Assert.Equal(newId, item.GetProperty("id").GetString());
        Assert.Equal("Invoice 7, corrected", item.GetProperty("name").GetString());
        var done = await api.WaitForTerminalAsync(newId);
        Assert.Equal(99.5, done.GetProperty("outputs")[0].GetProperty("value").GetDouble());
        var received = emulator.Runs.Single(r => r.Id == newId);
        Assert.Equal(["amount", "lines"], received.Inputs.Select(i => i.Key));
        Assert.Equal("""{"sku":["a","b"],"count":2}""", received.Inputs[1].Value.GetRawText().Replace(" ", string.Empty));
        Assert.Contains("the web UI", await page.Locator("#request + dl").InnerTextAsync());

        // A value that is not JSON: the script stops the form, and the server (posted to directly) names the input.
        await page.Locator("#input-value-1").FillAsync("not json");
        await page.GetByRole(AriaRole.Button, new() { Name = "Start the run" }).ClickAsync();
        Assert.StartsWith("Not JSON", await page.Locator("#input-value-1").EvaluateAsync<string>("e => e.validationMessage"));
        var before = emulator.Runs.Count;
        await page.Locator("form[data-inputs]").EvaluateAsync("f => f.submit()");
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("inputs[0].value ('amount'): is not JSON");
        Assert.Equal(before, emulator.Runs.Count);
    }

    [Fact]
    public async Task A_fault_rate_set_on_the_page_is_drawn_by_the_next_API_call()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Faults and variants" }).ClickAsync();

        // Out of range: the admin route's rule, named, and nothing changes.
        await page.GetByLabel("429 rate").FillAsync("2");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save faults" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("rateLimitRate: must be a number from 0 to 1");
        Assert.Equal(0, emulator.Faults.RateLimitRate);

        await page.GetByLabel("429 rate").FillAsync("1");
        await page.GetByLabel("Retry-After of a 429 (seconds)").FillAsync("7");
        await page.GetByLabel("Paths (comma-separated, blank: all /v2)").FillAsync("/v2/runs/{run_id}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save faults" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("Saved");

        var faulted = await api.GetAsync("/v2/runs/abcdefghijklmnopqrstuvwxy");
        Assert.Equal(HttpStatusCode.TooManyRequests, faulted.Status);
        Assert.Equal("7", faulted.Headers.RetryAfter?.ToString());
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v2/health")).Status); // another path: not drawn
        await page.ReloadAsync();
        Assert.Equal("1", await page.Locator("[data-counter='rateLimited']").InnerTextAsync());

        // The variants too, under the scenario's rules: a lag out of range is named and changes nothing.
        await page.GetByLabel("runListLagMs").FillAsync("999999");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save variants" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=alert]")).ToContainTextAsync("runListLagMs: must be from 0 to 60000");
        Assert.Equal(0, emulator.Variants.RunListLagMs);
        await page.GetByLabel("runListLagMs").FillAsync("0");
        await page.GetByLabel("statusWords").SelectOptionAsync("Uppercase");
        await page.GetByLabel("healthRequiresKey").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save variants" }).ClickAsync();
        await Assertions.Expect(page.Locator("[role=status]")).ToContainTextAsync("new variants");
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/v2/health", apiKey: null)).Status);
        var started = await api.PostJsonAsync("/v2/runs", $$"""{"name": "n", "process_id": "{{TestScenarios.InstantProcess}}", "agent_id": "{{TestScenarios.AgentId}}", "stage": "Published"}""");
        Assert.Equal("CREATED", started.String("status"));
    }

    [Fact]
    public async Task A_run_shows_its_files_for_download_and_whether_a_fault_dropped_its_answer()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var content = System.Text.Encoding.UTF8.GetBytes("invoice #42, total 1234.50\n");
        var file = await api.UploadFileAsync("invoice-42.txt", content);
        emulator.Faults = new FaultSettings { DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };
        await Assert.ThrowsAsync<HttpRequestException>(() => api.PostJsonAsync("/v2/runs", $$"""
            {"name": "Lost answer", "process_id": "{{TestScenarios.InvoiceProcess}}", "agent_id": "{{TestScenarios.AgentId}}",
             "stage": "Published", "inputs": [{"name": "amount", "value": 1}], "file_ids": ["{{file.GetProperty("id").GetString()}}"]}
            """));
        emulator.Faults = FaultSettings.None;
        var runId = emulator.Runs.Single().Id;

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        await page.GotoAsync(emulator.BaseAddress + "ui/runs/" + runId);
        Assert.Contains("Dropped by a fault", await page.Locator("[data-answer]").InnerTextAsync());
        var link = page.GetByRole(AriaRole.Link, new() { Name = "invoice-42.txt" });
        Assert.Contains($"{content.Length} B", await page.Locator("#files + div").InnerTextAsync());
        var download = await page.APIRequest.GetAsync(emulator.BaseAddress + (await link.GetAttributeAsync("href"))!.TrimStart('/'));
        Assert.Equal(200, download.Status);
        Assert.Equal(content, await download.BodyAsync());

        // The headers of the request that created it, the API key not among them.
        var headers = await page.Locator("#request ~ details table").TextContentAsync() ?? string.Empty;
        Assert.Contains("Content-Type", headers);
        Assert.DoesNotContain("x-api-key", headers, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(TestScenarios.OrgKey, await page.ContentAsync());
    }

    [Fact]
    public async Task Runs_filter_by_business_key_token_agent_stage_and_time()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        await api.StartRunAsync(TestScenarios.InstantProcess, name: "Nightly import [kk-0123456789abcdef]");
        await api.StartRunAsync(TestScenarios.InstantProcess, name: "Nightly import [kg-aaaaaaaaaa]");
        await api.StartRunAsync(TestScenarios.DraftProcess, stage: "Draft", name: "Draft try");
        await api.StartRunAsync(TestScenarios.OtherAgentProcess, agentId: TestScenarios.OtherAgentId, name: "Elsewhere");

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        var rows = page.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        await page.GetByLabel("Business key or its token").FillAsync("kk-0123456789abcdef");
        await page.GetByLabel("Business key or its token").PressAsync("Enter");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("[kk-0123456789abcdef]", await rows.Nth(0).InnerTextAsync());

        // The key itself, as the client's BusinessKey: its token (the client's hash of "order-42") is in the name.
        await api.StartRunAsync(TestScenarios.InstantProcess, name: "Order [kk-nwxfgzyndu2ukosz]");
        await page.GotoAsync(emulator.BaseAddress + "?key=order-42");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("Order [kk-nwxfgzyndu2ukosz]", await rows.Nth(0).InnerTextAsync());

        await page.GotoAsync(emulator.BaseAddress + "?stage=Draft");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("Draft try", await rows.Nth(0).InnerTextAsync());
        await page.GotoAsync(emulator.BaseAddress + "?agent=" + TestScenarios.OtherAgentId);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        Assert.Contains("Elsewhere", await rows.Nth(0).InnerTextAsync());

        var created = emulator.Runs[0].CreatedAt.UtcDateTime;
        await page.GotoAsync(emulator.BaseAddress + "?to=" + created.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm"));
        await Assertions.Expect(page.Locator("[data-empty]")).ToBeVisibleAsync();
        await page.GotoAsync(emulator.BaseAddress + "?from=" + created.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm"));
        await Assertions.Expect(rows).ToHaveCountAsync(5);
    }

    [Fact]
    public async Task Without_a_session_every_page_and_action_answers_401_and_nothing_changes()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var runId = (await api.StartRunAsync(WebUiScenario.SlowProcess, name: "Stays running")).GetProperty("id").GetString()!;
        var runsBefore = emulator.Runs.Count;
        var requestsBefore = emulator.Counters.TotalRequests;
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = emulator.BaseAddress };

        foreach (var path in new[] { "/", "/?status=Running", $"/ui/runs/{runId}", $"/ui/runs/{runId}/files/0", "/ui/processes", "/ui/faults", "/ui/live" })
        {
            using var answer = await anonymous.GetAsync(path);
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"GET {path} answered {(int)answer.StatusCode}");
        }

        var form = new Dictionary<string, string> { ["csrf"] = "guess", ["input-name"] = "amount", ["input-value"] = "1", ["rateLimitRate"] = "1" };
        foreach (var path in new[] { $"/ui/runs/{runId}/cancel", $"/ui/runs/{runId}/run-again", "/ui/faults", "/ui/faults/reset-counters" })
        {
            using var answer = await anonymous.PostAsync(path, new FormUrlEncodedContent(form));
            Assert.True(answer.StatusCode == HttpStatusCode.Unauthorized, $"POST {path} answered {(int)answer.StatusCode}");
        }

        // A wrong key does not sign in; a GET never acts (the action routes take POST only).
        using (var wrongKey = await anonymous.PostAsync("/ui/sign-in", new FormUrlEncodedContent(new Dictionary<string, string> { ["key"] = "nope" })))
            Assert.Equal(HttpStatusCode.Unauthorized, wrongKey.StatusCode);
        using (var getCancel = await anonymous.GetAsync($"/ui/runs/{runId}/cancel"))
            Assert.NotEqual(HttpStatusCode.OK, getCancel.StatusCode);

        Assert.Equal("Running", (await api.GetAsync($"/v2/runs/{runId}")).String("status"));
        Assert.Equal(runsBefore, emulator.Runs.Count);
        Assert.Equal(0, emulator.Faults.RateLimitRate);
        Assert.True(emulator.Counters.TotalRequests > requestsBefore); // not reset (the status read above counts)

        // The link opens one browser; the second use of the same token is refused.
        var link = emulator.WebUiLink.ToString();
        var first = await chromium.NewPageAsync();
        Assert.Equal(200, (await first.GotoAsync(link))!.Status);
        var second = await chromium.NewPageAsync();
        Assert.Equal(401, (await second.GotoAsync(link))!.Status);
        Assert.Contains("used already", await second.Locator("[role=alert]").InnerTextAsync());

        // The scenario's key, entered once, lets that browser in.
        await second.GetByLabel("API key of the scenario").FillAsync(TestScenarios.OrgKey);
        await second.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(second.GetByRole(AriaRole.Heading, new() { Name = "Runs" })).ToBeVisibleAsync();

        // A signed-in browser's post without the page's anti-forgery token (another site's form) is refused.
        var forged = await second.APIRequest.PostAsync(emulator.BaseAddress + $"ui/runs/{runId}/cancel", new() { Form = FormOf(second, ("csrf", "guess")) });
        Assert.Equal(403, forged.Status);
        Assert.Equal("Running", (await api.GetAsync($"/v2/runs/{runId}")).String("status"));
    }

    [Fact]
    public async Task The_pages_are_labelled_keyboard_reachable_and_readable_in_a_narrow_window()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        var runId = (await api.StartRunAsync(TestScenarios.InvoiceProcess, inputsJson: """[{"name": "amount", "value": 3}]""")).GetProperty("id").GetString()!;
        await api.WaitForTerminalAsync(runId);
        var page = await chromium.NewPageAsync(width: 360, height: 740);
        await page.GotoAsync(emulator.WebUiLink.ToString());

        foreach (var path in new[] { "", "ui/runs/" + runId, "ui/processes", "ui/faults" })
        {
            await page.GotoAsync(emulator.BaseAddress + path);
            // Every visible control has a name a screen reader reads out.
            var unlabelled = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("input:not([type=hidden]), select, textarea, button")]
                  .filter(e => !(e.labels && e.labels.length) && !e.getAttribute("aria-label") && !e.textContent.trim())
                  .map(e => e.outerHTML)
                """);
            Assert.True(unlabelled.Length == 0, $"/{path}: unlabelled {string.Join(", ", unlabelled)}");
            // 360 px wide: nothing makes the page itself scroll sideways (wide tables scroll in their own box).
            var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
            var widest = await page.EvaluateAsync<string>("""
                () => [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                  .map(e => e.tagName + "." + e.className + "#" + e.id).slice(0, 5).join(" ")
                """);
            Assert.True(overflow <= 0, $"/{path} is {overflow} px wider than a 360 px window: {widest}");
        }

        // From the keyboard: the skip link first, then the pages' navigation, each followed with Enter.
        await page.GotoAsync(emulator.BaseAddress.ToString());
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Skip to content", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("Processes", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Processes" })).ToBeVisibleAsync();
        Assert.Contains("to process the invoices", await page.Locator($"tr[data-process-id='{TestScenarios.InvoiceProcess}']").InnerTextAsync());
    }

    private static IFormData FormOf(IPage page, params (string Name, string Value)[] fields)
    {
        var form = page.APIRequest.CreateFormData();
        foreach (var (name, value) in fields)
            form.Set(name, value);
        return form;
    }
}
