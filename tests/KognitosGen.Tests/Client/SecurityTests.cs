using KognitosGen.Tests.Contract;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Client;

/// <summary>The key stays secret and plain http goes nowhere but loopback.</summary>
[Collection(nameof(EnvironmentVariableCollection))]
[Trait("Category", "Reliability")]
public sealed class SecurityTests
{
    [Theory]
    [InlineData("http://rest-api.app.kognitos.com/")]
    [InlineData("http://10.0.0.5:8080/")]
    [InlineData("http://example.internal/v2")]
    [InlineData("ftp://127.0.0.1/")]
    public void Plain_http_to_a_non_loopback_host_is_refused(string url)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new KognitosClient(new KognitosClientOptions { ApiKey = "k", BaseUrl = new Uri(url) }));

        Assert.Contains("only https is allowed", error.Message);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/")]
    [InlineData("http://127.1.2.3/")]
    [InlineData("http://localhost:5080/")]
    [InlineData("http://[::1]:5080/")]
    [InlineData("https://rest-api.example.com/")]
    public void Https_anywhere_and_http_to_loopback_are_allowed(string url)
    {
        using var client = new KognitosClient(new KognitosClientOptions { ApiKey = "k", BaseUrl = new Uri(url) });

        Assert.Equal(new Uri(url).Host, client.BaseAddress.Host);
    }

    [Fact]
    public async Task An_http_upload_url_off_loopback_is_refused_before_sending()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, "{}"));
        using var client = server.CreateClient();
        var upload = new KognitosFileUpload { Id = "f1", FileName = "a.txt", UploadUrl = "http://storage.example.com/bucket", UploadHttpMethod = "POST" };

        await Assert.ThrowsAsync<ArgumentException>(() => client.UploadFileContentAsync(upload, KognitosFile.FromBytes("a.txt", [1, 2, 3])));

        Assert.Empty(server.Requests);
    }

    [Fact]
    public void A_missing_key_is_a_clear_error_naming_where_to_set_it()
    {
        var saved = Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, null);
        try
        {
            var error = Assert.Throws<InvalidOperationException>(() => new KognitosClient(new KognitosClientOptions()));

            Assert.Contains("KognitosClientOptions.ApiKey", error.Message);
            Assert.Contains("KOGNITOS_API_KEY", error.Message);
        }
        finally
        {
            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, saved);
        }
    }

    [Fact]
    public async Task The_key_is_read_from_the_environment_when_options_have_none()
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, DocumentedExamples.Health));
        var saved = Environment.GetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable);
        Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, "env-key-31337");
        try
        {
            var options = TestOptions.Fast(server.BaseAddress, LoopbackServer.ApiKey);
            options.ApiKey = null;
            using var client = new KognitosClient(options);

            await client.GetHealthAsync();

            Assert.Equal("env-key-31337", Assert.Single(server.Requests).Header("x-api-key"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(KognitosClientOptions.ApiKeyEnvironmentVariable, saved);
        }
    }

    [Fact]
    public async Task The_key_never_appears_in_messages_strings_or_trace_tags()
    {
        var leaks = new List<string>();
        using var recorder = new ActivityRecorder();
        await using var server = await LoopbackServer.StartAsync((context, attempt) => attempt switch
        {
            1 => Responses.Error(context, 401, "access not permitted"),
            2 => Responses.Drop(context),
            3 => Responses.Json(context, "{ broken"),
            _ => Responses.Json(context, Responses.Run("r1", "Failed")),
        });
        var options = TestOptions.Fast(server.BaseAddress, LoopbackServer.ApiKey);
        options.Retry.MaxRetries = 0;
        using var client = new KognitosClient(options);

        foreach (var call in new Func<Task>[]
        {
            () => client.GetHealthAsync(),
            () => client.GetRunAsync("r1"),
            () => client.GetRunAsync("r1"),
            async () => (await client.GetRunAsync("r1")).EnsureSucceeded(),
        })
        {
            var error = await Assert.ThrowsAnyAsync<Exception>(call);
            leaks.Add(error.ToString());
            if (error is KognitosApiException api)
                leaks.Add(api.RawBody ?? "");
        }

        leaks.Add(options.ToString());
        leaks.Add(client.ToString());
        foreach (var activity in recorder.Stopped)
        {
            leaks.Add(activity.DisplayName);
            leaks.AddRange(activity.TagObjects.Select(t => $"{t.Key}={t.Value}"));
            leaks.AddRange(activity.Events.Select(e => e.Name));
        }

        Assert.Equal(4, recorder.Stopped.Count);
        Assert.DoesNotContain(leaks, text => text.Contains(LoopbackServer.ApiKey, StringComparison.Ordinal));
        Assert.Contains("ApiKey = (set)", options.ToString());
    }

    [Fact]
    public async Task Each_call_is_one_activity_with_method_path_and_status()
    {
        using var recorder = new ActivityRecorder();
        await using var server = await LoopbackServer.StartAsync((context, attempt) =>
            attempt == 1 ? Responses.Status(context, 503) : Responses.Json(context, Responses.Run("r1", "Succeeded")));
        using var client = server.CreateClient();

        await client.GetRunAsync("r1");

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("kognitos.runs.get", activity.OperationName);
        Assert.Equal("GET", activity.GetTagItem("http.request.method"));
        Assert.Equal("/v2/runs/r1", activity.GetTagItem("url.path"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal("r1", activity.GetTagItem("kognitos.run_id"));
        Assert.Equal(2, activity.GetTagItem("kognitos.attempts"));
    }
}

[CollectionDefinition(nameof(EnvironmentVariableCollection), DisableParallelization = true)]
public sealed class EnvironmentVariableCollection;
