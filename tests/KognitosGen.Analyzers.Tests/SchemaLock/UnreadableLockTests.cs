using KognitosGen.SourceGenerators.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using static KognitosGen.Analyzers.Tests.SchemaLock.SchemaLockTest;

namespace KognitosGen.Analyzers.Tests.SchemaLock;

/// <summary>KOG0021: a lock that cannot be read gives one diagnostic on the lock's line, naming the member, and turns the other rules off.</summary>
public sealed class UnreadableLockTests
{
    // A class every other rule would flag, to show that none runs on a lock that cannot be read.
    private const string WrongEverywhere = """
        [KognitosProcess("a wrong name", AgentId = "agent1", ProcessId = "elsewhere", Stage = KognitosStage.Draft)]
        public partial class P
        {
            [KognitosOutput("the output totl")] public int Total { get; private set; }
        }
        """;

    private static Task VerifyUnreadable(string lockText, int line, string member, string problem)
    {
        var test = Create(WrongEverywhere, lockText);
        var length = lockText.Split('\n')[line - 1].TrimEnd('\r').Length;
        test.ExpectedDiagnostics.Add(new DiagnosticResult(DiagnosticDescriptors.UnreadableLock)
            .WithSpan(TestLocks.Path, line, 1, line, length + 1)
            .WithArguments("kognitos.schema.json", line, member, problem));
        return test.RunAsync();
    }

    [Fact]
    public Task Bad_json_is_reported_at_its_line() => VerifyUnreadable(
        "{\n  \"version\": 1,\n  \"agents\": [],\n}\n", 4, "(not JSON)", "expected a member name in double quotes");

    [Fact]
    public Task A_truncated_lock_is_reported() => VerifyUnreadable(
        TestLocks.Standard.Substring(0, TestLocks.Standard.IndexOf("\"outputs\": [", StringComparison.Ordinal)),
        TestLocks.Standard.Substring(0, TestLocks.Standard.IndexOf("\"outputs\": [", StringComparison.Ordinal)).Split('\n').Length,
        "(not JSON)", "the document ends inside an object");

    [Fact]
    public Task An_unknown_member_is_reported_with_its_path() => VerifyUnreadable(
        TestLocks.Standard.Replace("\"runsSampled\": 10,", "\"runsSampled\": 10,\n          \"owner\": \"me\","),
        LineOf(TestLocks.Standard, "\"runsSampled\": 10,") + 1,
        "agents[0].processes[1].owner",
        "unknown member 'owner' (version 1 knows id, name, stage, runsSampled, outputs; tools may add members starting with 'x-')");

    [Fact]
    public Task An_unknown_version_is_reported_before_anything_else() => VerifyUnreadable(
        TestLocks.Standard.Replace("\"version\": 1", "\"version\": 2").Replace("\"pulledAt\"", "\"somethingNew\""),
        LineOf(TestLocks.Standard, "\"version\": 1"),
        "version",
        "the format version is 2, but this KognitosGen reads version 1 only (a newer tool may have written it: update KognitosGen)");

    [Fact]
    public Task A_member_of_the_wrong_kind_is_reported() => VerifyUnreadable(
        TestLocks.Standard.Replace("\"runsSampled\": 10,", "\"runsSampled\": \"ten\","),
        LineOf(TestLocks.Standard, "\"runsSampled\": 10,"),
        "agents[0].processes[1].runsSampled",
        "expected a whole number of 0 or more, found a string");

    [Fact]
    public Task Members_starting_with_x_are_kept_for_tools() => Verify("""
        [KognitosProcess("to process the invoices", AgentId = "agent1", ProcessId = "invoices")]
        public partial class P { }
        """, TestLocks.Standard.Replace("\"version\": 1", "\"version\": 1,\n  \"x-tool\": { \"any\": [1, 2] }"));

    [Fact]
    public Task A_readable_lock_reports_nothing_about_itself() => Verify("public partial class Unrelated { }");

    private static int LineOf(string text, string fragment) =>
        text.Substring(0, text.IndexOf(fragment, StringComparison.Ordinal)).Split('\n').Length;
}
