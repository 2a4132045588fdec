using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KognitosGen.Cli.Tests;

public sealed class ExportTests
{
    private const string CollectionSchema = "https://schema.getpostman.com/json/collection/v2.1.0/collection.json";

    [Fact]
    public async Task The_postman_collection_has_the_v2_1_structure_and_every_request_answers_2xx()
    {
        await using var world = await TestWorld.StartAsync();
        var (lockPath, runId) = await PullAsync(world);
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
        Assert.Equal(7 + 4, requests.Count);
        var paths = requests.Select(r => r.GetProperty("request").GetProperty("method").GetString() + " " + string.Join("/", r.GetProperty("request").GetProperty("url").GetProperty("path").EnumerateArray().Select(s => s.GetString()))).ToList();
        foreach (var endpoint in new[] { "GET v2/health", "GET v2/processes", "GET v2/processes/{{process_id}}", "GET v2/runs", "POST v2/runs", "GET v2/runs/{{run_id}}", "POST v2/files" })
            Assert.Contains(endpoint, paths);
        Assert.Contains(requests, r => r.GetProperty("name").GetString() == "Start \"to summarize customer feedback\"");

        var environmentText = await File.ReadAllTextAsync(world.PathOf("kognitos.postman_environment.json"));
        using var environment = JsonDocument.Parse(environmentText);
        var values = environment.RootElement.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("key").GetString()!);
        Assert.Equal("", values["api_key"].GetProperty("value").GetString());
        Assert.Equal("secret", values["api_key"].GetProperty("type").GetString());
        Assert.Equal(TestWorld.AgentId, values["agent_id"].GetProperty("value").GetString());
        foreach (var variable in new[] { "base_url", "agent_id", "process_id" })
            Assert.Contains("{{" + variable + "}}", collection.RootElement.GetRawText());

        var filled = Fill(world, runId);
        using var http = new HttpClient();
        foreach (var item in requests)
        {
            var request = item.GetProperty("request");
            using var message = new HttpRequestMessage(new HttpMethod(request.GetProperty("method").GetString()!), Substitute(request.GetProperty("url").GetProperty("raw").GetString()!, filled));
            message.Headers.TryAddWithoutValidation(authValues["key"]!, Substitute(authValues["value"]!, filled));
            if (request.TryGetProperty("body", out var body))
            {
                Assert.Equal("raw", body.GetProperty("mode").GetString());
                message.Content = new StringContent(Substitute(body.GetProperty("raw").GetString()!, filled), Encoding.UTF8);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
            }

            using var response = await http.SendAsync(message);
            Assert.True(response.IsSuccessStatusCode, $"{item.GetProperty("name")}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task The_http_file_holds_the_same_requests_and_each_answers_2xx()
    {
        await using var world = await TestWorld.StartAsync();
        var (lockPath, runId) = await PullAsync(world);
        var httpPath = world.PathOf("kognitos.http");

        var result = await world.RunAsync("export", "http", "--lock", lockPath, "-o", httpPath);

        Assert.True(result.ExitCode == 0, result.ToString());
        var text = await File.ReadAllTextAsync(httpPath);
        var blocks = text.Split("\n### ");
        var declared = Regex.Matches(blocks[0], @"^@(\w+) = (.*)$", RegexOptions.Multiline).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        Assert.Equal(["base_url", "api_key", "agent_id", "process_id", "process_stage", "run_id"], declared.Keys);
        Assert.Equal("{{$processEnv KOGNITOS_API_KEY}}", declared["api_key"]);
        Assert.Equal(TestWorld.AgentId, declared["agent_id"]);
        Assert.Equal(11, blocks.Length - 1);

        var filled = new Dictionary<string, string>(declared)
        {
            ["api_key"] = TestWorld.ApiKey,
            ["run_id"] = runId,
        };
        using var http = new HttpClient();
        foreach (var block in blocks.Skip(1))
        {
            var lines = block.Split('\n').Skip(1).Where(l => !l.StartsWith('#')).ToList();
            var requestLine = lines[0].Split(' ', 2);
            using var message = new HttpRequestMessage(new HttpMethod(requestLine[0]), Substitute(requestLine[1], filled));
            var blank = lines.IndexOf("");
            var headerLines = blank < 0 ? lines.Skip(1) : lines.Skip(1).Take(blank - 1);
            var headers = headerLines.Select(l => l.Split(": ", 2)).ToDictionary(h => h[0], h => Substitute(h[1], filled));
            var bodyText = blank < 0 ? "" : string.Join("\n", lines.Skip(blank + 1)).Trim();
            if (bodyText.Length > 0)
            {
                message.Content = new StringContent(Substitute(bodyText, filled), Encoding.UTF8);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue(headers["Content-Type"]);
            }

            foreach (var (name, value) in headers.Where(h => h.Key != "Content-Type"))
                message.Headers.TryAddWithoutValidation(name, value);
            using var response = await http.SendAsync(message);
            Assert.True(response.IsSuccessStatusCode, $"{block.Split('\n')[0]}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }
    }

    [Fact]
    public async Task Without_a_lock_only_the_endpoint_requests_are_written()
    {
        await using var world = await TestWorld.StartAsync();

        // No --lock and no lock in the working folder.
        var result = await world.RunAsync("export", "http", "-o", world.PathOf("k.http"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("no lock at", result.Error);
        Assert.Equal(7, (await File.ReadAllTextAsync(world.PathOf("k.http"))).Split("\n### ").Length - 1);
    }

    private static async Task<(string LockPath, string RunId)> PullAsync(TestWorld world)
    {
        var run = await world.CompleteRunAsync(TestWorld.InvoiceProcess, KognitosStage.Published);
        var lockPath = world.PathOf("kognitos.schema.json");
        Assert.Equal(0, (await world.RunAsync("pull", "-o", lockPath)).ExitCode);
        return (lockPath, run.Id);
    }

    private static Dictionary<string, string> Fill(TestWorld world, string runId) => new()
    {
        ["base_url"] = world.Emulator.BaseAddress.ToString().TrimEnd('/'),
        ["api_key"] = TestWorld.ApiKey,
        ["agent_id"] = TestWorld.AgentId,
        ["process_id"] = TestWorld.InvoiceProcess,
        ["process_stage"] = "Published",
        ["run_id"] = runId,
    };

    private static string Substitute(string text, IReadOnlyDictionary<string, string> variables)
    {
        var result = Regex.Replace(text, @"\{\{(\w+)\}\}", m => variables.TryGetValue(m.Groups[1].Value, out var value) ? value : m.Value);
        Assert.DoesNotContain("{{", result);
        return result;
    }

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
}
