using KognitosGen.Tests.Infrastructure;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Client;

/// <summary>
/// The client's own run reader reads what the declared model describes, with the model's rules: snake_case names
/// matched exactly, unknown members skipped, the last of a repeated member kept, the stage as a string enum.
/// </summary>
public sealed class RunReadingTests
{
    [Fact]
    public async Task Every_member_is_read_and_unknown_members_are_skipped()
    {
        const string body = """
            {"unknown": {"deep": [1, {"x": null}]}, "id": "r1", "name": "n", "process_id": "p1", "agent_id": "a1",
             "stage": "Draft", "status": "Succeeded", "created_at": "2025-03-14T09:26:41.512", "file_ids": ["f1", "f2"],
             "outputs": [{"name": "the output total", "value": 12.5}], "extra": true}
            """;
        var run = await Read(body);

        Assert.Equal(("r1", "n", "p1", "a1"), (run.Id, run.Name, run.ProcessId, run.AgentId));
        Assert.Equal(KognitosStage.Draft, run.Stage);
        Assert.Equal(KognitosRunStatus.Succeeded, run.Status);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 26, 41, 512, TimeSpan.Zero), run.CreatedAt);
        Assert.Equal(["f1", "f2"], run.FileIds!);
        Assert.Equal(12.5m, Assert.Single(run.Outputs).Value.GetDecimal());
    }

    [Theory]
    [InlineData("\"Published\"", KognitosStage.Published)]
    [InlineData("\"draft\"", KognitosStage.Draft)]
    [InlineData("\"PUBLISHED\"", KognitosStage.Published)]
    [InlineData("\"Dr\\u0061ft\"", KognitosStage.Draft)]
    [InlineData("1", KognitosStage.Draft)]
    [InlineData("0", KognitosStage.Published)]
    public async Task A_stage_is_read_by_name_in_any_case_or_by_number(string json, KognitosStage expected)
    {
        var run = await Read($$"""{"id": "r1", "stage": {{json}}, "status": "Running"}""");

        Assert.Equal(expected, run.Stage);
    }

    [Theory]
    [InlineData("\"Archived\"", "\"stage\" is \"Archived\"")]
    [InlineData("\"1\"", "\"stage\" is \"1\"")]
    [InlineData("null", "\"stage\" is a Null")]
    [InlineData("true", "\"stage\" is a True")]
    [InlineData("{}", "\"stage\" is a StartObject")]
    public async Task A_stage_that_is_no_stage_makes_the_body_invalid_and_says_why(string json, string problem)
    {
        var error = await ReadFails($$"""{"id": "r1", "stage": {{json}}}""");

        Assert.Contains(problem, error.Message);
    }

    [Theory]
    [InlineData("""{"id": 42}""", "\"id\" is a Number, not a string")]
    [InlineData("""{"id": "r1", "status": ["Running"]}""", "\"status\" is a StartArray, not a string")]
    [InlineData("""{"id": "r1", "file_ids": "f1"}""", "\"file_ids\" is a String, not an array")]
    [InlineData("""{"id": "r1", "file_ids": [1]}""", "\"file_ids\" is a Number, not a string")]
    [InlineData("""{"id": "r1", "outputs": {}}""", "\"outputs\" is a StartObject, not an array")]
    [InlineData("""{"id": "r1", "outputs": [42]}""", "An item of \"outputs\" is a Number, not an object")]
    [InlineData("""["r1"]""", "A run is a StartArray, not an object")]
    public async Task A_member_of_the_wrong_kind_makes_the_body_invalid_and_names_the_member(string body, string problem)
    {
        var error = await ReadFails(body);

        Assert.Contains(problem, error.Message);
        Assert.Equal(body, error.RawBody);
    }

    [Fact]
    public async Task Null_members_read_as_the_model_reads_them()
    {
        var run = await Read("""{"id": "r1", "name": null, "status": null, "created_at": null, "file_ids": null, "outputs": null}""");

        Assert.Equal(("", ""), (run.Name, run.StatusText));
        Assert.Equal(KognitosRunStatus.Unknown, run.Status);
        Assert.Null(run.CreatedAtText);
        Assert.Null(run.FileIds);
        Assert.Null(run.OutputsOrNull);
        Assert.Empty(run.Outputs);
    }

    [Fact]
    public async Task Escaped_member_names_and_values_are_read_and_a_repeated_member_keeps_its_last_value()
    {
        var run = await Read("""{"\u0069d": "first", "id": "r\u0031", "st\u0061tus": "Succ\u0065eded", "outputs": [], "outputs": [{"name": "a", "value": 1}]}""");

        Assert.Equal("r1", run.Id);
        Assert.Equal(KognitosRunStatus.Succeeded, run.Status);
        Assert.Equal("a", Assert.Single(run.Outputs).Name);
    }

    [Fact]
    public async Task A_status_this_client_does_not_know_is_kept_as_sent()
    {
        var run = await Read("""{"id": "r1", "status": "Paused"}""");

        Assert.Equal("Paused", run.StatusText);
        Assert.Equal(KognitosRunStatus.Unknown, run.Status);
    }

    [Fact]
    public async Task Member_names_are_matched_exactly_as_the_wire_spells_them()
    {
        var run = await Read("""{"id": "r1", "ID": "other", "processId": "p-camel", "Process_Id": "p-pascal", "status": "Running"}""");

        Assert.Equal("r1", run.Id);
        Assert.Equal("", run.ProcessId);
    }

    private static async Task<KognitosRun> Read(string body)
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, body));
        using var client = server.CreateClient();
        return await client.GetRunAsync("r1");
    }

    private static async Task<KognitosApiException> ReadFails(string body)
    {
        await using var server = await LoopbackServer.StartAsync(c => Responses.Json(c, body));
        using var client = server.CreateClient();
        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("r1"));
        Assert.Equal(KognitosFailureKind.InvalidResponse, error.Kind);
        Assert.StartsWith("Kognitos API GET /v2/runs/r1 returned HTTP 200 with a body that is not a valid run: ", error.Message);
        return error;
    }
}
