namespace KognitosGen.Emulator.Tests;

/// <summary>Every documented constraint gives 400 "Invalid input values" with a detail naming the field.</summary>
[Trait("Category", "Emulator")]
public sealed class ValidationTests
{
    private const string Agent = TestScenarios.AgentId;
    private const string Process = TestScenarios.InvoiceProcess;

    private static readonly string Valid =
        $$"""{"name":"n","process_id":"{{Process}}","agent_id":"{{Agent}}","stage":"Published"}""";

    public static TheoryData<string, string> InvalidRunBodies => new()
    {
        { "{", "body" },
        { "", "body" },
        { "[]", "body" },
        { "\"text\"", "body" },
        { Replace("\"name\":\"n\",", ""), "name" },
        { Replace("\"name\":\"n\"", "\"name\":\"\""), "name" },
        { Replace("\"name\":\"n\"", $"\"name\":\"{new string('x', 101)}\""), "name" },
        { Replace("\"name\":\"n\"", "\"name\":42"), "name" },
        { Replace($"\"process_id\":\"{Process}\",", ""), "process_id" },
        { Replace($"\"process_id\":\"{Process}\"", "\"process_id\":\"\""), "process_id" },
        { Replace($"\"process_id\":\"{Process}\"", $"\"process_id\":\"{new string('a', 27)}\""), "process_id" },
        { Replace($"\"process_id\":\"{Process}\"", "\"process_id\":\"bad id!\""), "process_id" },
        { Replace($"\"agent_id\":\"{Agent}\",", ""), "agent_id" },
        { Replace($"\"agent_id\":\"{Agent}\"", "\"agent_id\":\"a.b\""), "agent_id" },
        { Replace($"\"agent_id\":\"{Agent}\"", $"\"agent_id\":\"{new string('a', 27)}\""), "agent_id" },
        { Replace(",\"stage\":\"Published\"", ""), "stage" },
        { Replace("\"stage\":\"Published\"", "\"stage\":\"published\""), "stage" },
        { Replace("\"stage\":\"Published\"", "\"stage\":\"Archived\""), "stage" },
        { Replace("\"stage\":\"Published\"", "\"stage\":1"), "stage" },
        { Replace("}", ",\"inputs\":{\"amount\":1}}"), "inputs" },
        { Replace("}", ",\"inputs\":[1]}"), "inputs[0]" },
        { Replace("}", ",\"inputs\":[{\"value\":1}]}"), "inputs[0].name" },
        { Replace("}", ",\"inputs\":[{\"name\":\"\",\"value\":1}]}"), "inputs[0].name" },
        { Replace("}", ",\"inputs\":[{\"name\":\"a\"}]}"), "inputs[0].value" },
        { Replace("}", ",\"file_ids\":\"abc\"}"), "file_ids" },
        { Replace("}", ",\"file_ids\":[1]}"), "file_ids[0]" },
        { Replace("}", ",\"file_ids\":[\"\"]}"), "file_ids[0]" },
    };

    [Theory]
    [MemberData(nameof(InvalidRunBodies))]
    public async Task Start_run_rejects_invalid_bodies(string body, string field)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", body);

        AssertInvalid(response, field);
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task Start_run_accepts_the_boundaries()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);
        // 100 code points that are 200 UTF-16 units: the limit counts characters, not units.
        var name = string.Concat(Enumerable.Repeat("\U0001F600", 100));

        var response = await client.PostJsonAsync("/v2/runs", $$"""
            {"name":"{{name}}","process_id":"{{Process}}","agent_id":"{{Agent}}","stage":"Published",
             "inputs":[{"name":"amount","value":null}],"file_ids":[],"unknown_member":true}
            """);

        Assert.Equal(HttpStatusCode.Created, response.Status);
        Assert.Equal(name, response.String("name"));
        Assert.Equal(0, response.Json.GetProperty("file_ids").GetArrayLength());
    }

    [Fact]
    public async Task All_bad_fields_are_reported_together()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var response = await client.PostJsonAsync("/v2/runs", """{"name":"","process_id":"bad id","stage":"draft"}""");

        AssertInvalid(response, "name");
        var fields = response.Json.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString());
        Assert.Equal(["name", "process_id", "agent_id", "stage"], fields);
    }

    [Theory]
    [InlineData($"/v2/runs?agent_id={Agent}", "process_id")]
    [InlineData($"/v2/runs?process_id={Process}", "agent_id")]
    [InlineData($"/v2/runs?process_id={Process}&agent_id=", "agent_id")]
    [InlineData($"/v2/runs?process_id={Process}&agent_id={Agent}&stage=draft", "stage")]
    [InlineData($"/v2/runs?process_id={Process}&agent_id={Agent}&limit=0", "limit")]
    [InlineData($"/v2/runs?process_id={Process}&agent_id={Agent}&limit=101", "limit")]
    [InlineData($"/v2/runs?process_id={Process}&agent_id={Agent}&limit=-1", "limit")]
    [InlineData($"/v2/runs?process_id={Process}&agent_id={Agent}&limit=ten", "limit")]
    [InlineData("/v2/processes", "agent_id")]
    [InlineData($"/v2/processes?agent_id={Agent}&limit=0", "limit")]
    [InlineData($"/v2/processes?agent_id={Agent}&limit=101", "limit")]
    [InlineData($"/v2/processes?agent_id={Agent}&limit=1.5", "limit")]
    [InlineData($"/v2/processes?agent_id={Agent}&continuation_token=xyz", "continuation_token")]
    [InlineData($"/v2/processes/{Process}", "agent_id")]
    public async Task Query_and_path_parameters_are_validated(string path, string field)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        AssertInvalid(await client.GetAsync(path), field);
    }

    [Theory]
    [InlineData("{", "body")]
    [InlineData("""{"agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z"}""", "file_name")]
    [InlineData("""{"file_name":"","agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z"}""", "file_name")]
    [InlineData("""{"file_name":7,"agent_id":"a7xm2kp9qwj3v5nh8t4c6r1e9z"}""", "file_name")]
    [InlineData("""{"file_name":"a.pdf","agent_id":"bad agent"}""", "agent_id")]
    public async Task Create_file_rejects_invalid_bodies(string body, string field)
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        AssertInvalid(await client.PostJsonAsync("/v2/files", body), field);
    }

    [Fact]
    public async Task File_name_limit_is_256_characters()
    {
        await using var emulator = await KognitosEmulator.StartAsync(TestScenarios.Standard());
        using var client = new EmulatorClient(emulator);

        var ok = await client.PostJsonAsync("/v2/files", $$"""{"file_name":"{{new string('f', 256)}}","agent_id":"{{Agent}}"}""");
        var tooLong = await client.PostJsonAsync("/v2/files", $$"""{"file_name":"{{new string('f', 257)}}","agent_id":"{{Agent}}"}""");

        Assert.Equal(HttpStatusCode.Created, ok.Status);
        AssertInvalid(tooLong, "file_name");
    }

    private static string Replace(string oldValue, string newValue)
    {
        var index = Valid.LastIndexOf(oldValue, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{oldValue}' is not in the valid body");
        return Valid[..index] + newValue + Valid[(index + oldValue.Length)..];
    }

    private static void AssertInvalid(ApiResponse response, string field)
    {
        Assert.True(response.Status == HttpStatusCode.BadRequest, $"expected 400, got {(int)response.Status}: {response.Body}");
        Assert.Equal(400, response.Json.GetProperty("status_code").GetInt32());
        Assert.Equal("Invalid input values", response.String("message"));
        var fields = response.Json.GetProperty("details").EnumerateArray().Select(d => d.GetProperty("field").GetString()).ToList();
        Assert.Contains(field, fields);
        Assert.All(response.Json.GetProperty("details").EnumerateArray(),
            d => Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString())));
    }
}
