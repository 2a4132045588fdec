using System.Text;
using System.Text.Json;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Contract;

/// <summary>
/// A run's plain string members (id, name, process id, agent id) are made from its own JSON only when asked for:
/// the values must be those the eager read gave, for a fetched run and for a run of a page, escapes, repeats and
/// nulls included, and text that is not UTF-8 still fails when the run is read.
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
    public void A_member_that_is_not_a_string_names_itself()
    {
        var error = Assert.Throws<JsonException>(() => RunReader.ReadRun(Encoding.UTF8.GetBytes("""{"process_id": 7}""")));

        Assert.Contains("\"process_id\"", error.Message, StringComparison.Ordinal);
    }
}
