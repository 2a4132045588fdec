using KognitosGen.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Tests.Client;

public sealed class PagingTests
{
    /// <summary>Serves <paramref name="total"/> runs in pages of <paramref name="pageSize"/>, the token being the next offset.</summary>
    private static Task ServeRuns(HttpContext context, int total, int pageSize)
    {
        var token = context.Request.Query["continuation_token"].ToString();
        var offset = token.Length == 0 ? 0 : int.Parse(token.Substring("page-".Length), System.Globalization.CultureInfo.InvariantCulture);
        var items = Enumerable.Range(offset, Math.Min(pageSize, total - offset)).Select(i => Responses.Run($"run{i:000}", "Succeeded"));
        var next = offset + pageSize < total ? $"\"page-{offset + pageSize}\"" : "null";
        return Responses.Json(context, $$"""{"items": [{{string.Join(",", items)}}], "continuation_token": {{next}}}""");
    }

    [Fact]
    public async Task Enumerating_runs_follows_tokens_across_pages_with_the_same_query()
    {
        await using var server = await LoopbackServer.StartAsync(c => ServeRuns(c, total: 25, pageSize: 10));
        using var client = server.CreateClient();
        var query = new KognitosRunQuery("a7xm2kp9qwj3v5nh8t4c6r1e9z", "b4fznghynbdemslfd5k044fgd") { PageSize = 10, Stage = KognitosStage.Published };

        var ids = new List<string>();
        await foreach (var run in client.ListRunsAsync(query))
            ids.Add(run.Id);

        Assert.Equal(Enumerable.Range(0, 25).Select(i => $"run{i:000}"), ids);
        var queries = server.Requests.Select(r => r.Query).ToList();
        Assert.Equal(3, queries.Count);
        const string same = "?process_id=b4fznghynbdemslfd5k044fgd&agent_id=a7xm2kp9qwj3v5nh8t4c6r1e9z&limit=10&stage=Published";
        Assert.Equal(same, queries[0]);
        Assert.Equal(same + "&continuation_token=page-10", queries[1]);
        Assert.Equal(same + "&continuation_token=page-20", queries[2]);
    }

    [Fact]
    public async Task Enumeration_is_lazy_and_stops_fetching_when_the_caller_stops()
    {
        await using var server = await LoopbackServer.StartAsync(c => ServeRuns(c, total: 50, pageSize: 10));
        using var client = server.CreateClient();

        var firstTwelve = new List<string>();
        await foreach (var run in client.ListRunsAsync(new KognitosRunQuery("a", "p") { PageSize = 10 }))
        {
            firstTwelve.Add(run.Id);
            if (firstTwelve.Count == 12)
                break;
        }

        Assert.Equal(12, firstTwelve.Count);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Page_at_a_time_exposes_the_token()
    {
        await using var server = await LoopbackServer.StartAsync(c => ServeRuns(c, total: 15, pageSize: 10));
        using var client = server.CreateClient();
        var query = new KognitosRunQuery("a", "p") { PageSize = 10 };

        var first = await client.ListRunsPageAsync(query);
        var second = await client.ListRunsPageAsync(query, first.ContinuationToken);

        Assert.Equal(10, first.Items.Count);
        Assert.True(first.HasMore);
        Assert.Equal("page-10", first.ContinuationToken);
        Assert.Equal(5, second.Items.Count);
        Assert.False(second.HasMore);
    }

    [Fact]
    public async Task Enumerating_processes_follows_tokens()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var second = context.Request.Query["continuation_token"] == "t2";
            var body = second
                ? """{"items": [{"id": "p3", "name": "c", "agent_id": "a", "stage": "Draft"}], "continuation_token": null}"""
                : """{"items": [{"id": "p1", "name": "a", "agent_id": "a", "stage": "Published"}, {"id": "p2", "name": "b", "agent_id": "a", "stage": "Published"}], "continuation_token": "t2"}""";
            return Responses.Json(context, body);
        });
        using var client = server.CreateClient();

        var ids = new List<string>();
        await foreach (var process in client.ListProcessesAsync("a", pageSize: 2))
            ids.Add(process.Id);

        Assert.Equal(["p1", "p2", "p3"], ids);
    }

    [Fact]
    public async Task A_server_that_repeats_a_token_is_reported_instead_of_looping()
    {
        await using var server = await LoopbackServer.StartAsync(c =>
            Responses.Json(c, $$"""{"items": [{{Responses.Run("r", "Succeeded")}}], "continuation_token": "same"}"""));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await foreach (var _ in client.ListRunsAsync(new KognitosRunQuery("a", "p")))
            {
            }
        });

        Assert.Contains("continuation token", error.Message);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Cancelling_an_enumeration_stops_it()
    {
        await using var server = await LoopbackServer.StartAsync(c => ServeRuns(c, total: 100, pageSize: 10));
        using var client = server.CreateClient();
        using var cancel = new CancellationTokenSource();

        var seen = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var _ in client.ListRunsAsync(new KognitosRunQuery("a", "p") { PageSize = 10 }, cancel.Token))
            {
                if (++seen == 10)
                    await cancel.CancelAsync();
            }
        });

        Assert.Equal(10, seen);
        Assert.Single(server.Requests);
    }
}
