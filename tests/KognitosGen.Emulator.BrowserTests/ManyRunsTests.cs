using System.Diagnostics;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace KognitosGen.Emulator.Tests;

/// <summary>
/// 10,000 runs stored: the runs page pages them on the server, and an open, live page does not slow the API. Times are
/// printed as figures, never asserted.
/// </summary>
public sealed class ManyRunsTests(ChromiumBrowser chromium, ITestOutputHelper output) : IClassFixture<ChromiumBrowser>
{
    private const int RunCount = 10_000;
    private const int Samples = 300;
    private const int PageSize = 50; // the runs page's default

    [Fact]
    public async Task Ten_thousand_runs_are_paged_on_the_server_without_slowing_the_API()
    {
        await using var emulator = await WebUiScenario.StartAsync();
        using var api = new EmulatorClient(emulator);
        await StartRunsAsync(emulator, RunCount);
        var runs = emulator.Runs;
        Assert.Equal(RunCount, runs.Count);

        var apiClosed = await MedianApiMsAsync(api, runs[^1].Id);

        var page = await chromium.NewPageAsync();
        await page.GotoAsync(emulator.WebUiLink.ToString());
        var rows = page.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(PageSize);
        Assert.Contains($"Page 1 of {RunCount / PageSize} ({RunCount} runs)", await page.Locator(".pager").InnerTextAsync());
        Assert.Equal(runs[^1].Id, await rows.Nth(0).GetAttributeAsync("data-run-id"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Older" }).ClickAsync();
        await Assertions.Expect(rows.Nth(0)).ToHaveAttributeAsync("data-run-id", runs[^(PageSize + 1)].Id);
        await page.GotoAsync(emulator.BaseAddress + "?page=200");
        Assert.Equal(runs[0].Id, await rows.Last.GetAttributeAsync("data-run-id"));

        // The page's own time, from the server: first, last and a filtered page (the name filter looks at every run).
        var cookies = await page.Context.CookiesAsync();
        using var browserLike = new HttpClient { BaseAddress = emulator.BaseAddress };
        browserLike.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")));
        // The first pages after 10,000 starts pay for the runtime's tiered compilation (measured: about 12 ms, then 2 ms).
        await MedianPageMsAsync(browserLike, "/");
        foreach (var query in new[] { "", "?page=200", "?q=run+9999&status=Succeeded" })
            output.WriteLine($"runs page{query} with {RunCount} runs stored: median {await MedianPageMsAsync(browserLike, "/" + query):0.00} ms");

        // The page stays open and live (it polls every second) while the API is measured again; runs keep arriving.
        await page.GotoAsync(emulator.BaseAddress.ToString());
        var arriving = StartRunsAsync(emulator, 200);
        var apiOpen = await MedianApiMsAsync(api, runs[^1].Id);
        await arriving;
        output.WriteLine($"GET /v2/runs/{{run_id}} median: {apiClosed:0.000} ms with no UI open, {apiOpen:0.000} ms with the runs page open and live");
        Assert.Contains("runs)", await page.Locator(".pager").InnerTextAsync());
    }

    private static async Task StartRunsAsync(KognitosEmulator emulator, int count)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseAddress };
        var body = $$"""{"name": "run", "process_id": "{{TestScenarios.InstantProcess}}", "agent_id": "{{TestScenarios.AgentId}}", "stage": "Published", "inputs": [{"name": "n", "value": 1}]}""";
        var next = -1;
        async Task WorkerAsync()
        {
            while (System.Threading.Interlocked.Increment(ref next) < count)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/v2/runs")
                {
                    Content = new StringContent(body.Replace("\"run\"", $"\"run {next}\""), System.Text.Encoding.UTF8, "application/json"),
                };
                request.Headers.Add("x-api-key", TestScenarios.OrgKey);
                using var answer = await http.SendAsync(request);
                Assert.Equal(HttpStatusCode.Created, answer.StatusCode);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => WorkerAsync()));
    }

    private static async Task<double> MedianApiMsAsync(EmulatorClient api, string runId)
    {
        var times = new List<double>(Samples);
        for (var i = 0; i < Samples; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var answer = await api.GetAsync($"/v2/runs/{runId}");
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, answer.Status);
        }

        return Median(times);
    }

    private static async Task<double> MedianPageMsAsync(HttpClient http, string path)
    {
        var times = new List<double>();
        for (var i = 0; i < 21; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var answer = await http.GetAsync(path);
            await answer.Content.ReadAsStringAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        }

        return Median(times);
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
