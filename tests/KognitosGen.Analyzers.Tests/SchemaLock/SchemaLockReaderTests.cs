using KognitosGen.SourceGenerators.SchemaLockFormat;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>The strict reader of format version 1: what it takes, and the line and member of what it refuses.</summary>
public sealed class SchemaLockReaderTests
{
    [Fact]
    public void Reads_the_standard_lock()
    {
        var read = SchemaLockReader.Read(TestLocks.Standard);

        Assert.Null(read.Error);
        var process = read.Document!.FindAgent("agent1")!.FindProcess("invoices")!;
        Assert.Equal("to process the invoices", process.Name);
        Assert.Equal("Published", process.Stage);
        Assert.Equal(10, process.RunsSampled);
        var vendor = process.FindOutput("the output vendor")!;
        Assert.Equal(OutputKinds.Null | OutputKinds.String, vendor.Kinds);
        Assert.Same(vendor, process.FindOutput("Vendor"));
        Assert.Null(read.Document.FindAgent("agent2"));
    }

    [Fact]
    public void Reads_a_byte_order_mark_crlf_line_ends_and_escapes()
    {
        var text = "\uFEFF{\r\n\"version\": 1,\r\n\"agents\": [{\"id\": \"a\\u0062\", \"processes\": []}]\r\n}";

        var read = SchemaLockReader.Read(text);

        Assert.Null(read.Error);
        Assert.NotNull(read.Document!.FindAgent("ab"));
    }

    [Theory]
    [InlineData("", 1, "(not JSON)", "the document ends where a value was expected")]
    [InlineData("[]", 1, "(document)", "expected an object, found an array")]
    [InlineData("{\"version\": 1, \"agents\": []} x", 1, "(not JSON)", "unexpected 'x' after the end of the document")]
    [InlineData("{\n\"version\": 1,\n\"version\": 1\n}", 3, "(not JSON)", "the member 'version' appears twice in one object")]
    [InlineData("{\"version\": 01}", 1, "(not JSON)", "a number may not start with a leading zero")]
    [InlineData("{\"version\": 1, // comment\n}", 1, "(not JSON)", "expected a member name in double quotes")]
    [InlineData("{\"a\": \"line\nbreak\"}", 1, "(not JSON)", "a control character (or line break) inside a string must be escaped")]
    [InlineData("{\"a\": \"\\x\"}", 1, "(not JSON)", "unknown escape '\\x' in a string")]
    [InlineData("{\"agents\": []}", 1, "version", "the member 'version' is missing, so the format is unknown")]
    [InlineData("{\"version\": 1.0, \"agents\": []}", 1, "version", "the format version is 1.0, but this KognitosGen reads version 1 only (a newer tool may have written it: update KognitosGen)")]
    [InlineData("{\"version\": 1}", 1, "agents", "the member 'agents' is missing from the document")]
    [InlineData("{\"version\": 1, \"agents\": {}}", 1, "agents", "expected an array, found an object")]
    [InlineData("{\"version\": 1, \"agents\": [{\"id\": 7, \"processes\": []}]}", 1, "agents[0].id", "expected a string, found a number")]
    [InlineData("{\"version\": 1, \"agents\": [{\"id\": \"a\", \"processes\": []}, {\"id\": \"a\", \"processes\": []}]}", 1, "agents[1].id", "the agent 'a' is listed twice")]
    public void Refuses_with_line_member_and_problem(string text, int line, string member, string problem)
    {
        var error = SchemaLockReader.Read(text).Error!;

        Assert.Equal((line, member, problem), (error.Line, error.Member, error.Problem));
    }

    [Fact]
    public void Refuses_an_unknown_kind_and_a_fact_seen_more_often_than_sampled()
    {
        var unknownKind = SchemaLockReader.Read(TestLocks.Standard.Replace("\"boolean\"", "\"bool\"")).Error!;
        var tooOften = SchemaLockReader.Read(TestLocks.Standard.Replace("\"seen\": 7", "\"seen\": 11")).Error!;

        Assert.Equal("agents[0].processes[1].outputs[0].kinds[0]", unknownKind.Member);
        Assert.StartsWith("unknown kind 'bool'", unknownKind.Problem);
        Assert.Equal("agents[0].processes[1].outputs[5].seen", tooOften.Member);
        Assert.Equal("the output was seen in 11 runs, more than the 10 sampled", tooOften.Problem);
    }

    [Fact]
    public void Refuses_deep_nesting_without_exhausting_the_stack()
    {
        var text = "{\"x-deep\": " + new string('[', 100_000) + new string(']', 100_000) + "}";

        var error = SchemaLockReader.Read(text).Error!;

        Assert.Equal("objects and arrays nest deeper than 64 levels", error.Problem);
    }

    [Fact]
    public void Cuts_huge_names_in_messages()
    {
        var name = new string('z', 100_000);

        var error = SchemaLockReader.Read("{\"version\": 1, \"" + name + "\": 1, \"agents\": []}").Error!;

        Assert.True(error.Problem.Length < 300, error.Problem.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(error.Member.Length < 100);
    }
}
