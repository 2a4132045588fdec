using Microsoft.AspNetCore.Http;
using System.Text.Json;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Client;

/// <summary>Every failure becomes a <see cref="KognitosApiException"/> that says what went wrong and keeps the raw body.</summary>
[Trait("Category", "Reliability")]
public sealed class ErrorMappingTests
{
    [Fact]
    public async Task An_error_model_maps_to_status_message_details_method_and_path()
    {
        const string body = """{"status_code": 400, "message": "Invalid input values", "details": [{"field": "name", "message": "must be 1-100 characters"}]}""";
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, body, 400));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("run42"));

        Assert.Equal(KognitosFailureKind.HttpError, error.Kind);
        Assert.Equal(400, error.StatusCode);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v2/runs/run42", error.Path);
        Assert.Equal("Invalid input values", error.ErrorMessage);
        Assert.Equal(JsonValueKind.Array, error.Details!.Value.ValueKind);
        Assert.Equal("name", error.Details.Value[0].GetProperty("field").GetString());
        Assert.Equal(body, error.RawBody);
        Assert.Equal("Kognitos API GET /v2/runs/run42 failed with HTTP 400 (Bad Request): Invalid input values", error.Message);
    }

    [Fact]
    public async Task A_not_found_error_keeps_the_documented_message()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Error(c, 404, "The specified run was not found"));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("nope"));

        Assert.Equal(404, error.StatusCode);
        Assert.Equal("The specified run was not found", error.ErrorMessage);
        Assert.Null(error.Details);
        Assert.Contains("The specified run was not found", error.Message);
    }

    [Fact]
    public async Task A_validation_error_in_detail_form_is_read_too()
    {
        const string body = """{"detail": [{"loc": ["query", "limit"], "msg": "Input should be less than or equal to 100"}]}""";
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, body, 422));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.ListProcessesPageAsync("a"));

        Assert.Equal(422, error.StatusCode);
        Assert.Equal("Invalid input values", error.ErrorMessage);
        Assert.Equal("limit", error.Details!.Value[0].GetProperty("loc")[1].GetString());
    }

    [Fact]
    public async Task An_html_page_from_a_proxy_is_quoted_short_and_kept_whole()
    {
        var html = "<html>\n  <head><title>502 Bad Gateway</title></head>\n  <body>" + new string('x', 1000) + "</body>\n</html>";
        await using var server = await LoopbackServer.StartAsync(c =>
        {
            c.Response.StatusCode = 502;
            c.Response.ContentType = "text/html";
            return c.Response.WriteAsync(html);
        });
        using var client = server.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.Error);
        Assert.Equal(html, error.RawBody);
        Assert.Contains("<html> <head><title>502 Bad Gateway</title></head>", error.Message);
        Assert.True(error.Message.Length < 400, error.Message);
    }

    [Theory]
    [InlineData("", "the body is empty")]
    [InlineData("null", "the body is JSON null")]
    [InlineData("""{"id": "r1", "status": """, "")]
    [InlineData("""{"id": "r1", "status": 42}""", "")]
    [InlineData("""not json at all""", "")]
    [InlineData("""{"name": "no id"}""", "the run has no \"id\"")]
    public async Task A_success_status_with_an_unreadable_body_is_an_invalid_response(string body, string expectedProblem)
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, body));
        using var client = server.CreateClient();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Equal(KognitosFailureKind.InvalidResponse, error.Kind);
        Assert.Equal(200, error.StatusCode);
        Assert.StartsWith("Kognitos API GET /v2/runs/r1 returned HTTP 200 with a body that is not a valid run: ", error.Message);
        Assert.Contains(expectedProblem, error.Message);
        Assert.Equal(body.Length == 0 ? null : body, error.RawBody);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_size_cap_is_refused(bool declareLength)
    {
        var big = Responses.Run("r1", "Succeeded", "[" + string.Join(",", Enumerable.Repeat("""{"name": "x", "value": "yyyyyyyyyyyyyyyy"}""", 500)) + "]");
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            var bytes = System.Text.Encoding.UTF8.GetBytes(big);
            if (declareLength)
                c.Response.ContentLength = bytes.Length;
            await c.Response.Body.WriteAsync(bytes);
        });
        using var client = server.CreateClient(o => o.MaxResponseBytes = 4096);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Equal(KognitosFailureKind.ResponseTooLarge, error.Kind);
        Assert.Contains("4096-byte limit", error.Message);
        Assert.Single(server.Requests);
    }

    [Fact]
    public async Task A_body_under_the_cap_is_read_whole()
    {
        var body = Responses.Run("r1", "Succeeded", "[" + string.Join(",", Enumerable.Repeat("""{"name": "x", "value": 1}""", 300)) + "]");
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, body));
        using var client = server.CreateClient(o => o.MaxResponseBytes = body.Length + 10);

        var run = await client.GetRunAsync("r1");

        Assert.Equal(300, run.Outputs.Count);
    }

    [Fact]
    public async Task Arguments_are_checked_before_anything_is_sent()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, "{}"));
        using var client = server.CreateClient();

        await Assert.ThrowsAsync<ArgumentException>(() => client.GetRunAsync(" "));
        await Assert.ThrowsAsync<ArgumentException>(() => client.GetProcessAsync("p", ""));
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateRunAsync(new KognitosCreateRunRequest { Name = "n", AgentId = "a" }));
        await Assert.ThrowsAsync<ArgumentException>(() => client.CreateFileAsync(""));
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_body_that_stalls_half_way_times_out_instead_of_hanging()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 200;
            await c.Response.WriteAsync("{\"id\": \"r1\", \"sta");
            await c.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(10), c.RequestAborted).ContinueWith(_ => { });
        });
        using var client = server.CreateClient(o => { o.RequestTimeout = TimeSpan.FromMilliseconds(300); o.Retry.MaxRetries = 1; });
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Equal(KognitosFailureKind.Timeout, error.Kind);
        Assert.Equal(2, server.Requests.Count);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_connection_closed_mid_body_is_a_network_failure_not_a_crash()
    {
        await using var server = await LoopbackServer.StartAsync(async c =>
        {
            c.Response.ContentType = "application/json";
            c.Response.ContentLength = 500;
            await c.Response.WriteAsync("{\"id\": \"r1\"");
            await c.Response.Body.FlushAsync();
            c.Abort();
        });
        using var client = server.CreateClient(o => o.Retry.MaxRetries = 0);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));

        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.Equal("/v2/runs/r1", error.Path);
    }
}
