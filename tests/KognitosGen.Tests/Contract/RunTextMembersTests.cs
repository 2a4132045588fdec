using System.Text;
using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>
/// A run's plain string members (id, name, process id, agent id, created at) and its file IDs are made from its own
/// JSON only when asked for: the values must be those the eager read gave, for a fetched run and for a run of a page,
/// escapes, repeats and nulls included, and text that is not UTF-8 or not a string still fails when the run is read.
/// </summary>
public sealed class RunTextMembersTests
{
    [Fact]
    public void Plain_escaped_empty_and_null_members_read_as_before()
    {
        var run = RunReader.ReadRun(Encoding.UTF8.GetBytes(
            """{"id": "r-1", "name": "Invoice \"42\" \u00e9", "process_id": "", "agent_id": null, "status": "Running"}"""))!;

        Assert.Equal("r-1", run.Id);
        Assert.Equal("Invoice \"42\" é", run.Name);
        Assert.Equal("", run.ProcessId);
        Assert.Equal("", run.AgentId);
        Assert.Same(run.Id, run.Id);
    }

    [Fact]
    public void A_repeated_member_keeps_its_last_value_whether_plain_or_escaped()
    {
        var run = RunReader.ReadRun(Encoding.UTF8.GetBytes(
            """{"id": "first", "id": "l\u0061st", "name": "esc\u0061ped", "name": "plain", "agent_id": "a", "agent_id": null}"""))!;

        Assert.Equal("last", run.Id);
        Assert.Equal("plain", run.Name);
        Assert.Equal("", run.AgentId);
    }

    [Fact]
    public void Runs_of_a_page_read_their_members_from_their_own_item_and_keep_them_when_detached()
    {
        var page = RunReader.ReadPage(Encoding.UTF8.GetBytes(
            """{"items": [{"id": "a1", "name": "Ä run", "process_id": "p1", "agent_id": "g1"}, {"id": "b2", "agent_id": "g2"}]}"""))!;

        Assert.Equal(("a1", "Ä run", "p1", "g1"), (page.Items[0].Id, page.Items[0].Name, page.Items[0].ProcessId, page.Items[0].AgentId));
        Assert.Equal(("b2", "", "g2"), (page.Items[1].Id, page.Items[1].Name, page.Items[1].AgentId));
        var detached = page.Items[0].Detached();
        Assert.Equal(("a1", "Ä run", "p1", "g1"), (detached.Id, detached.Name, detached.ProcessId, detached.AgentId));
    }

    [Fact]
    public void A_member_that_is_not_utf8_fails_when_the_run_is_read()
    {
        var body = Encoding.UTF8.GetBytes("""{"id": "r-?"}""");
        body[Array.IndexOf(body, (byte)'?')] = 0xFF;

        var error = Record.Exception(() => RunReader.ReadRun(body));

        Assert.True(error is InvalidOperationException or JsonException, $"Unexpected {error?.GetType()}");
    }

    [Fact]
    public void Bytes_that_are_not_utf8_elsewhere_in_the_body_leave_the_members_read_as_before()
    {
        // The whole body is checked once; when that check fails each member's text is checked on its own.
        var body = Encoding.UTF8.GetBytes("""{"id": "r1", "note": "x-?", "name": "Ä run", "file_ids": ["f1"], "outputs": [{"name": "the output x", "value": "y"}]}""");
        body[Array.IndexOf(body, (byte)'?')] = 0xFF;

        var run = RunReader.ReadRun(body)!;

        Assert.Equal(("r1", "Ä run"), (run.Id, run.Name));
        Assert.Equal(["f1"], run.FileIds);
        Assert.Equal("y", run.Outputs.Single().Value.GetString());
    }

    [Fact]
    public void A_member_that_is_not_a_string_names_itself()
    {
        var error = Assert.Throws<JsonException>(() => RunReader.ReadRun(Encoding.UTF8.GetBytes("""{"process_id": 7}""")));

        Assert.Contains("\"process_id\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Created_at_reads_as_before_whether_plain_escaped_empty_or_null()
    {
        static string? CreatedAt(string member) =>
            RunReader.ReadRun(Encoding.UTF8.GetBytes("{\"created_at\": " + member + "}"))!.CreatedAtText;

        Assert.Equal("2025-03-14T09:26:41.512", CreatedAt("\"2025-03-14T09:26:41.512\""));
        Assert.Equal("2025-03-14T09:26:41", CreatedAt("\"2025\\u002d03-14T09:26:41\""));
        Assert.Equal("", CreatedAt("\"\""));
        Assert.Null(CreatedAt("null"));
        var run = RunReader.ReadRun(Encoding.UTF8.GetBytes("""{"created_at": "2025-03-14T09:26:41"}"""))!;
        Assert.Same(run.CreatedAtText, run.CreatedAtText);
        Assert.Equal(new DateTimeOffset(2025, 3, 14, 9, 26, 41, TimeSpan.Zero), run.CreatedAt);
    }

    [Fact]
    public void File_ids_read_as_before_with_nulls_escapes_repeats_and_an_empty_array()
    {
        static IReadOnlyList<string>? FileIds(string members) =>
            RunReader.ReadRun(Encoding.UTF8.GetBytes("{" + members + "}"))!.FileIds;

        Assert.Equal(["f1", "f2"], FileIds("\"file_ids\": [\"f1\", \"f2\"]"));
        Assert.Equal(["f1", null!, "f\u00e9"], FileIds("\"file_ids\": [\"f1\", null, \"f\\u00e9\"]"));
        Assert.Empty(FileIds("\"file_ids\": []")!);
        Assert.Null(FileIds("\"file_ids\": null"));
        Assert.Null(FileIds("\"id\": \"r\""));
        Assert.Equal(["last"], FileIds("\"file_ids\": [\"first\"], \"file_ids\": [\"l\\u0061st\"]"));
        Assert.Equal(["last"], FileIds("\"file_ids\": [\"fir\\u0073t\"], \"file_ids\": [\"last\"]"));
        Assert.Null(FileIds("\"file_ids\": [\"first\"], \"file_ids\": null"));
        var run = RunReader.ReadRun(Encoding.UTF8.GetBytes("""{"file_ids": ["f1"]}"""))!;
        Assert.Same(run.FileIds, run.FileIds);
    }

    [Fact]
    public void File_ids_of_a_page_run_are_its_own_and_stay_when_detached()
    {
        var page = RunReader.ReadPage(Encoding.UTF8.GetBytes(
            """{"items": [{"id": "a1", "file_ids": ["fa"]}, {"id": "b2", "file_ids": ["fb", "fc"]}]}"""))!;

        Assert.Equal(["fa"], page.Items[0].FileIds);
        Assert.Equal(["fb", "fc"], page.Items[1].FileIds);
        Assert.Equal(["fb", "fc"], page.Items[1].Detached().FileIds);
    }

    [Fact]
    public void A_file_id_that_is_not_a_string_or_not_utf8_fails_when_the_run_is_read()
    {
        var error = Assert.Throws<JsonException>(() => RunReader.ReadRun(Encoding.UTF8.GetBytes("""{"file_ids": ["f1", 7]}""")));
        Assert.Contains("\"file_ids\"", error.Message, StringComparison.Ordinal);

        var body = Encoding.UTF8.GetBytes("""{"file_ids": ["f-?"]}""");
        body[Array.IndexOf(body, (byte)'?')] = 0xFF;
        var notUtf8 = Record.Exception(() => RunReader.ReadRun(body));
        Assert.True(notUtf8 is InvalidOperationException or JsonException, $"Unexpected {notUtf8?.GetType()}");
    }
}
