using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KognitosGen.Cli.Tests;

/// <summary>
/// The exports replayed top to bottom against the emulator as a client runs them: each request's status checked
/// against what its script asserts, and the variables its script keeps (run_id, the presigned upload) fed to the
/// requests after it. (CI also runs them through newman and httpyac: .ci/export-clients.)
/// </summary>
public sealed partial class ExportTests
{
    private const string CollectionSchema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    [Fact]
    public async Task The_postman_collection_has_the_v2_1_structure_and_runs_top_to_bottom_with_every_test_passing()
    {
        await using var world = await TestWorld.StartAsync();
        var lockPath = await PullAsync(world);
        var collectionPath = world.PathOf("kognitos.postman_collection.json");

        var result = await world.RunAsync("export", "postman", "--lock", lockPath, "-o", collectionPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        using var collection = JsonDocument.Parse(await File.ReadAllTextAsync(collectionPath));
        var root = collection.RootElement;
        Assert.Equal(CollectionSchema, root.GetProperty("info").GetProperty("schema").GetString());
        Assert.False(string.IsNullOrEmpty(root.GetProperty("info").GetProperty("name").GetString()));
        var auth = root.GetProperty("auth");
        Assert.Equal("apikey", auth.GetProperty("type").GetString());
        var authValues = auth.GetProperty("apikey").EnumerateArray().ToDictionary(e => e.GetProperty("key").GetString()!, e => e.GetProperty("value").GetString());
        Assert.Equal("x-api-key", authValues["key"]);
        Assert.Equal("{{api_key}}", authValues["value"]);
        Assert.Equal("header", authValues["in"]);
        Assert.DoesNotContain(TestWorld.ApiKey, await File.ReadAllTextAsync(collectionPath));

        var requests = Leaves(root).ToList();
        Assert.Equal(8 + 4, requests.Count);
        var paths = requests.Select(r => r.GetProperty("request").GetProperty("method").GetString() + " " + r.GetProperty("request").GetProperty("url").GetProperty("raw").GetString()).ToList();
        Assert.Equal(
            ["GET {{base_url}}/v2/health", "GET {{base_url}}/v2/processes?agent_id={{agent_id}}&limit=100", "GET {{base_url}}/v2/processes/{{process_id}}?agent_id={{agent_id}}",
             "GET {{base_url}}/v2/runs?process_id={{process_id}}&agent_id={{agent_id}}&limit=10", "POST {{base_url}}/v2/runs", "GET {{base_url}}/v2/runs/{{run_id}}",
             "POST {{base_url}}/v2/files", "POST {{upload_url}}"],
            paths.Take(8));
        Assert.Contains(requests, r => r.GetProperty("name").GetString() == "Start \"to summarize customer feedback\"");
        // The presigned upload goes to another host: never with the API key.
        Assert.Equal("noauth", requests[7].GetProperty("request").GetProperty("auth").GetProperty("type").GetString());

        var environmentText = await File.ReadAllTextAsync(world.PathOf("kognitos.postman_environment.json"));
        using var environment = JsonDocument.Parse(environmentText);
        var values = environment.RootElement.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("key").GetString()!);
        Assert.Equal("", values["api_key"].GetProperty("value").GetString());
        Assert.Equal("secret", values["api_key"].GetProperty("type").GetString());
        Assert.Equal(TestWorld.AgentId, values["agent_id"].GetProperty("value").GetString());
        // Captured variables live in the collection only: an environment value would hide what a request kept.
        Assert.False(values.ContainsKey("run_id"));
        var collectionVariables = root.GetProperty("variable").EnumerateArray().Select(v => v.GetProperty("key").GetString()).ToList();
        Assert.Contains("run_id", collectionVariables);
        Assert.Contains("upload_url", collectionVariables);

        var variables = Initial(world);
        using var replay = new Replay(variables);
        foreach (var item in requests)
        {
            var request = item.GetProperty("request");
            var script = string.Join("\n", item.GetProperty("event").EnumerateArray().Single(e => e.GetProperty("listen").GetString() == "test")
                .GetProperty("script").GetProperty("exec").EnumerateArray().Select(l => l.GetString()));
            var message = new HttpRequestMessage(new HttpMethod(request.GetProperty("method").GetString()!), replay.Fill(request.GetProperty("url").GetProperty("raw").GetString()!));
            if (!request.TryGetProperty("auth", out var own) || own.GetProperty("type").GetString() != "noauth")
                message.Headers.TryAddWithoutValidation(authValues["key"]!, replay.Fill(authValues["value"]!));
            if (request.TryGetProperty("body", out var body))
            {
                if (body.GetProperty("mode").GetString() == "raw")
                {
                    message.Content = new StringContent(replay.Fill(body.GetProperty("raw").GetString()!), Encoding.UTF8);
                    message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
                }
                else
                {
                    Assert.Equal("formdata", body.GetProperty("mode").GetString());
                    var form = new MultipartFormDataContent();
                    foreach (var field in body.GetProperty("formdata").EnumerateArray())
                        form.Add(new StringContent(replay.Fill(field.GetProperty("value").GetString()!)), field.GetProperty("key").GetString()!);
                    message.Content = form;
                }
            }

            await replay.SendAsync(item.GetProperty("name").GetString()!, message, StatusesAsserted(script, PostmanStatus()), script);
        }

        Assert.Equal(8 + 4, replay.Sent);
        Assert.True(world.Emulator.Counters.Snapshot().TotalRunsCreated >= 1 + 1 + 4);
    }

    [Fact]
    public async Task The_http_file_holds_the_same_requests_and_runs_top_to_bottom_with_every_test_passing()
    {
        await using var world = await TestWorld.StartAsync();
        var lockPath = await PullAsync(world);
        var httpPath = world.PathOf("kognitos.http");

        var result = await world.RunAsync("export", "http", "--lock", lockPath, "-o", httpPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = await File.ReadAllTextAsync(httpPath);
        var blocks = text.Split("\n### ");
        // Before the first request only comments and variables with values: an empty "@run_id =" read as a request in httpyac.
        Assert.All(blocks[0].Split('\n', StringSplitOptions.RemoveEmptyEntries), l => Assert.Matches(@"^(# .*|@\w+ = \S.*)$", l));
        var declared = Regex.Matches(blocks[0], @"^@(\w+) = (.*)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["base_url", "api_key", "agent_id", "process_id", "process_stage"], declared.Keys);
        Assert.Equal("{{$processEnv KOGNITOS_API_KEY}}", declared["api_key"]);
        Assert.Equal(TestWorld.AgentId, declared["agent_id"]);
        Assert.Equal(8 + 4, blocks.Length - 1);

        var variables = new Dictionary<string, string>(declared) { ["api_key"] = TestWorld.ApiKey };
        using var replay = new Replay(variables);
        foreach (var block in blocks.Skip(1))
        {
            var handlerStart = block.IndexOf("\n> {%\n", StringComparison.Ordinal);
            Assert.True(handlerStart > 0, "every request has a response handler: " + block.Split('\n')[0]);
            var handler = block[handlerStart..];
            var lines = block[..handlerStart].Split('\n').Skip(1).Where(l => !l.StartsWith('#')).ToList();
            var requestLine = lines[0].Split(' ', 2);
            var message = new HttpRequestMessage(new HttpMethod(requestLine[0]), replay.Fill(requestLine[1]));
            var blank = lines.IndexOf("");
            var headerLines = blank < 0 ? lines.Skip(1) : lines.Skip(1).Take(blank - 1);
            var headers = headerLines.Select(l => l.Split(": ", 2)).ToDictionary(h => h[0], h => replay.Fill(h[1]));
            var bodyText = blank < 0 ? "" : string.Join("\n", lines.Skip(blank + 1)).Trim();
            if (bodyText.Length > 0)
            {
                // Multipart needs CRLF between its lines, as the clients send it.
                var content = headers["Content-Type"].StartsWith("multipart/", StringComparison.Ordinal) ? replay.Fill(bodyText).Replace("\n", "\r\n") + "\r\n" : replay.Fill(bodyText);
                message.Content = new StringContent(content, Encoding.UTF8);
                message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(headers["Content-Type"]);
            }

            if (headers.ContainsKey("Content-Type") && headers["Content-Type"].StartsWith("multipart/", StringComparison.Ordinal))
                Assert.False(headers.ContainsKey("x-api-key"), "the presigned upload must not carry the API key");
            foreach (var (name, value) in headers.Where(h => h.Key != "Content-Type"))
                message.Headers.TryAddWithoutValidation(name, value);
            await replay.SendAsync(block.Split('\n')[0], message, StatusesAsserted(handler, HttpFileStatus()), handler);
        }

        Assert.Equal(8 + 4, replay.Sent);
    }

    [Fact]
    public async Task Without_a_lock_only_the_endpoint_requests_are_written()
    {
        await using var world = await TestWorld.StartAsync();

        // No --lock and no lock in the working folder.
        var result = await world.RunAsync("export", "http", "-o", world.PathOf("k.http"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no lock at", result.Error);
        Assert.Equal(8, (await File.ReadAllTextAsync(world.PathOf("k.http"))).Split("\n### ").Length - 1);
    }

    private static async Task<string> PullAsync(TestWorld world)
    {
        await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        return lockPath;
    }

    private static Dictionary<string, string> Initial(TestWorld world) => new()
    {
        ["base_url"] = world.Emulator.BaseAddress.ToString().TrimEnd('/'),
        ["api_key"] = TestWorld.ApiKey,
        ["agent_id"] = TestWorld.AgentId,
        ["process_id"] = TestWorld.InvoiceProcess,
        ["process_stage"] = "Published",
    };

    private static List<int> StatusesAsserted(string script, Regex assertion)
    {
        var match = assertion.Match(script);
        Assert.True(match.Success, "no status assertion in:\n" + script);
        return match.Groups[1].Value.Split(',').Select(s => int.Parse(s.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
    }

    [GeneratedRegex(@"pm\.expect\(pm\.response\.code\)\.to\.be\.oneOf\(\[([0-9, ]+)\]\)")]
    private static partial Regex PostmanStatus();

    [GeneratedRegex(@"client\.assert\(\[([0-9, ]+)\]\.indexOf\(response\.status\) >= 0")]
    private static partial Regex HttpFileStatus();

    private static IEnumerable<JsonElement> Leaves(JsonElement node)
    {
        foreach (var item in node.GetProperty("item").EnumerateArray())
        {
            if (item.TryGetProperty("request", out _))
                yield return item;
            else
                foreach (var leaf in Leaves(item))
                    yield return leaf;
        }
    }

    /// <summary>Sends requests in order, keeping the variables each script sets from its answer for the ones after it.</summary>
    private sealed partial class Replay(Dictionary<string, string> variables) : IDisposable
    {
        private readonly HttpClient http = new();

        public void Dispose() => http.Dispose();

        public int Sent { get; private set; }

        public string Fill(string text)
        {
            var result = Placeholder().Replace(text, m => variables.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
            Assert.DoesNotContain("{{", result);
            return result;
        }

        public async Task SendAsync(string name, HttpRequestMessage message, IReadOnlyList<int> asserted, string script)
        {
            using (message)
            using (var response = await http.SendAsync(message))
            {
                var text = await response.Content.ReadAsStringAsync();
                Assert.True(asserted.Contains((int)response.StatusCode), $"{name}: {(int)response.StatusCode} is not among the asserted {string.Join(", ", asserted)}: {text}");
                foreach (Match capture in Capture().Matches(script))
                {
                    using var body = JsonDocument.Parse(text);
                    var value = JsonSerializer.Deserialize<string[]>(capture.Groups[2].Value)!.Aggregate(body.RootElement, (element, member) => element.GetProperty(member));
                    variables[capture.Groups[1].Value] = value.GetString()!;
                }
            }

            Sent++;
        }

        [GeneratedRegex(@"\{\{(\w+)\}\}")]
        private static partial Regex Placeholder();

        [GeneratedRegex(@"set\(""(\w+)"", member\((\[[^\]]*\])\)\)")]
        private static partial Regex Capture();
    }
}
