using System.Text.Json;
using System.Text.RegularExpressions;
using KognitosGen.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Tests.Client;

/// <summary>
/// Typed run starts survive lost answers without starting twice: the run name carries a token, and a start whose
/// outcome is unknown is looked up by listing runs before it is ever sent again.
/// </summary>
public sealed partial class RunStartRecoveryTests
{
    [GeneratedRegex(@"\[kg-[0-9a-z]{10}\]")]
    private static partial Regex TokenPattern();

    /// <summary>
    /// A Kognitos stand-in whose run starts fail as <paramref name="failStart"/> says for the first
    /// <paramref name="failures"/> attempts; when <paramref name="createdDespiteFailure"/>, a failed start still creates the run.
    /// </summary>
    private static Task<LoopbackServer> Server(int failures, Func<HttpContext, Task> failStart, bool createdDespiteFailure, List<string> created)
    {
        var starts = 0;
        return LoopbackServer.StartAsync(async context =>
        {
            if (context.Request.Method == "POST" && context.Request.Path == "/v2/runs")
            {
                var name = JsonDocument.Parse(await new StreamReader(context.Request.Body).ReadToEndAsync()).RootElement.GetProperty("name").GetString()!;
                var attempt = Interlocked.Increment(ref starts);
                if (attempt <= failures)
                {
                    if (createdDespiteFailure)
                        lock (created) created.Add(name);
                    await failStart(context);
                    return;
                }

                lock (created) created.Add(name);
                await Responses.Json(context, Run("run" + attempt, name, "Created"), 201);
                return;
            }

            if (context.Request.Path == "/v2/runs")
            {
                string[] names;
                lock (created) names = [.. created];
                var items = names.Select((n, i) => Run("run" + (i + 1), n, "Running")).Reverse();
                await Responses.Json(context, $$"""{"items": [{{string.Join(",", items)}}], "continuation_token": null}""");
                return;
            }

            await Responses.Error(context, 404, "unexpected " + context.Request.Path);
        });
    }

    private static string Run(string id, string name, string status) =>
        $$"""{"id": "{{id}}", "name": {{JsonSerializer.Serialize(name, KognitosGen.Tests.Contract.KognitosTestJson.Default.String)}}, "process_id": "b4fznghynbdemslfd5k044fgd", "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z", "stage": "Published", "status": "{{status}}", "created_at": "{{DateTime.UtcNow:yyyy-MM-ddTHH:mm:ss}}"}""";

    private static int Count(LoopbackServer server, string method, string path) =>
        server.Requests.Count(r => r.Method == method && r.Path == path);

    [Fact]
    public async Task A_start_whose_answer_was_lost_is_found_by_its_token_and_not_sent_again()
    {
        var created = new List<string>();
        await using var server = await Server(1, Responses.Drop, createdDespiteFailure: true, created);
        using var client = server.CreateClient();

        var handle = await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-1" });

        Assert.Single(created);
        Assert.Equal(1, Count(server, "POST", "/v2/runs"));
        Assert.Equal(1, Count(server, "GET", "/v2/runs"));
        Assert.Equal(created[0], handle.Run.Name);
        Assert.Matches(TokenPattern(), handle.Run.Name);
    }

    [Fact]
    public async Task A_start_that_failed_before_creating_anything_is_looked_up_then_sent_again_with_the_same_token()
    {
        var created = new List<string>();
        await using var server = await Server(1, c => Responses.Status(c, 502), createdDespiteFailure: false, created);
        // No listing lag: the first look is final (the lag has its own test below).
        using var client = server.CreateClient(o => o.RunListingLag = TimeSpan.Zero);

        var handle = await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-2" });

        Assert.Single(created);
        Assert.Equal(2, Count(server, "POST", "/v2/runs"));
        Assert.Equal(1, Count(server, "GET", "/v2/runs"));
        var posted = server.Requests.Where(r => r.Method == "POST").Select(r => JsonDocument.Parse(r.Body).RootElement.GetProperty("name").GetString()).ToList();
        Assert.Equal(posted[0], posted[1]);
        Assert.Equal(created[0], handle.Run.Name);
    }

    [Fact]
    public async Task A_start_not_found_is_looked_for_again_until_the_listing_lag_has_passed_before_it_is_sent_again()
    {
        var created = new List<string>();
        await using var server = await Server(1, c => Responses.Status(c, 502), createdDespiteFailure: false, created);
        using var client = server.CreateClient(o => o.RunListingLag = TimeSpan.FromMilliseconds(400));
        var clock = System.Diagnostics.Stopwatch.StartNew();

        await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-7" });

        Assert.Single(created);
        Assert.Equal(2, Count(server, "POST", "/v2/runs"));
        Assert.True(Count(server, "GET", "/v2/runs") >= 2, "the list was read once only");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(400), $"sent again after {clock.Elapsed.TotalMilliseconds} ms");
        var lastList = server.Requests.Last(r => r.Method == "GET" && r.Path == "/v2/runs");
        var secondPost = server.Requests.Last(r => r.Method == "POST");
        Assert.True(server.Requests.ToList().IndexOf(lastList) < server.Requests.ToList().IndexOf(secondPost));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(601)]
    public void A_listing_lag_below_zero_or_over_ten_minutes_is_refused(int seconds)
    {
        var options = TestOptions.Fast(new Uri("http://127.0.0.1:1/"), "test-key");
        options.RunListingLag = TimeSpan.FromSeconds(seconds);

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new KognitosClient(options));
        Assert.Equal("RunListingLag", error.ParamName);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_refused_start_waits_and_is_sent_again_without_a_lookup(int status)
    {
        var created = new List<string>();
        await using var server = await Server(2, c => Responses.Status(c, status, retryAfterSeconds: 0), createdDespiteFailure: false, created);
        using var client = server.CreateClient();

        await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-3" });

        Assert.Single(created);
        Assert.Equal(3, Count(server, "POST", "/v2/runs"));
        Assert.Equal(0, Count(server, "GET", "/v2/runs"));
    }

    [Fact]
    public async Task A_validation_error_is_not_retried()
    {
        var created = new List<string>();
        await using var server = await Server(1, c => Responses.Error(c, 400, "Invalid input values"), createdDespiteFailure: false, created);
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-4" }));

        Assert.Equal(400, error.StatusCode);
        Assert.Equal(1, Count(server, "POST", "/v2/runs"));
        Assert.Equal(0, Count(server, "GET", "/v2/runs"));
    }

    [Fact]
    public async Task When_every_attempt_fails_the_first_failure_kind_surfaces_and_nothing_was_created_twice()
    {
        var created = new List<string>();
        await using var server = await Server(100, c => Responses.Status(c, 502), createdDespiteFailure: false, created);
        using var client = server.CreateClient(o =>
        {
            o.Retry.MaxRetries = 2;
            o.RunListingLag = TimeSpan.Zero;
        });

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-5" }));

        Assert.Equal(502, error.StatusCode);
        Assert.Contains("3 attempts over", error.Message);
        Assert.Empty(created);
        Assert.Equal(3, Count(server, "POST", "/v2/runs"));
        Assert.Equal(3, Count(server, "GET", "/v2/runs"));
    }

    [Fact]
    public async Task With_recovery_off_the_name_is_untouched_and_a_lost_start_is_never_sent_again()
    {
        var created = new List<string>();
        await using var server = await Server(1, Responses.Drop, createdDespiteFailure: true, created);
        using var client = server.CreateClient(o => o.RunStartRecovery = false);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-6" }));

        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.Equal(["to process the invoices"], created);
        Assert.Equal(1, Count(server, "POST", "/v2/runs"));
        Assert.Equal(0, Count(server, "GET", "/v2/runs"));
    }
}
