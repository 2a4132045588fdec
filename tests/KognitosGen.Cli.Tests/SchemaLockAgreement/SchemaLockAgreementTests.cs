using System.Text;
using KognitosGen.Cli.SchemaLock;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace KognitosGen.Cli.Tests.SchemaLockAgreement;

/// <summary>
/// The analyzers (KOG0021 in the build) and the tool (exit 8) over one corpus of locks: what one accepts the other
/// accepts and reads alike, and a broken lock is reported at the same line and member by both.
/// </summary>
public sealed class SchemaLockAgreementTests
{
    private const string UnreadableLock = "KOG0021";

    public static TheoryData<string> ValidLocks => LockCorpus.Valid();

    public static TheoryData<string> BrokenLocks => LockCorpus.Broken();

    [Fact]
    public void The_corpus_has_at_least_30_locks_and_every_broken_one_says_what_it_breaks()
    {
        var valid = LockCorpus.Names("valid");
        var broken = LockCorpus.Names("broken");

        Assert.True(valid.Length + broken.Length >= 30, $"{valid.Length} valid and {broken.Length} broken locks");
        Assert.True(valid.Length >= 10, $"{valid.Length} valid locks");
        Assert.All(broken, name => Assert.True(LockCorpus.ExpectedFor(name).Line >= 1, name));
        var sidecars = Directory.GetFiles(Path.Combine(LockCorpus.Folder, "broken"), "*.expected").Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(broken, sidecars.Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(BrokenLocks))]
    public async Task The_build_reports_a_broken_lock_at_the_line_and_member_its_sidecar_names(string name)
    {
        var expected = LockCorpus.ExpectedFor(name);

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(LockCorpus.PathOf("broken", name), "public partial class Unrelated { }");

        var unreadable = Assert.Single(diagnostics, d => d.Id == UnreadableLock);
        Assert.Single(diagnostics);
        Assert.Equal(expected.Line, unreadable.Location.GetLineSpan().StartLinePosition.Line + 1);
        var message = unreadable.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains($"cannot be read at line {expected.Line}, member '{expected.Member}': ", message);
        Assert.Contains(expected.Problem, message);
    }

    [Theory]
    [MemberData(nameof(BrokenLocks))]
    public async Task The_tool_exits_8_naming_the_file_line_and_member_its_sidecar_names(string name)
    {
        var expected = LockCorpus.ExpectedFor(name);
        var file = LockCorpus.PathOf("broken", name);
        var output = Path.Combine(Path.GetTempPath(), "kognitos-lock-agreement-" + Guid.NewGuid().ToString("N"));

        var result = await Cli.RunAsync(new Dictionary<string, string>(), "scaffold", "--all", "--lock", file, "-o", output);

        Assert.Equal(8, result.ExitCode);
        Assert.StartsWith($"kognitos: error: the schema lock cannot be read: {file}:{expected.Line}: {expected.Member}: ", result.Error);
        Assert.Contains(expected.Problem, result.Error);
        Assert.False(Directory.Exists(output));
    }

    [Theory]
    [MemberData(nameof(BrokenLocks))]
    public async Task Both_name_the_same_line_member_and_problem(string name)
    {
        var file = LockCorpus.PathOf("broken", name);

        var toolError = Assert.Throws<SchemaLockException>(() => LockFileReader.ReadFile(file));
        var diagnostics = await AnalyzerRun.DiagnosticsAsync(file, "public partial class Unrelated { }");

        var message = Assert.Single(diagnostics, d => d.Id == UnreadableLock).GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        var problem = toolError.Message[$"{file}:{toolError.Line}: {toolError.Member}: ".Length..];
        Assert.Contains($"cannot be read at line {toolError.Line}, member '{toolError.Member}': {problem}; ", message);
    }

    [Theory]
    [MemberData(nameof(ValidLocks))]
    public async Task The_tool_accepts_a_valid_lock(string name)
    {
        var output = Path.Combine(Path.GetTempPath(), "kognitos-lock-agreement-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = await Cli.RunAsync(new Dictionary<string, string>(), "scaffold", "--all", "--lock", LockCorpus.PathOf("valid", name), "-o", output);

            Assert.True(result.ExitCode == 0, result.ToString());
            var processes = LockFileReader.ReadFile(LockCorpus.PathOf("valid", name)).Agents.Sum(a => a.Processes.Count);
            Assert.Equal(processes, Directory.Exists(output) ? Directory.GetFiles(output, "*.cs").Length : 0);
        }
        finally
        {
            if (Directory.Exists(output))
                Directory.Delete(output, recursive: true);
        }
    }

    /// <summary>
    /// A class per process the tool read, each with a wrong name and the other stage: the build, reading the same
    /// file, must find every one of them and propose the tool's name and stage, so both read the same content.
    /// </summary>
    [Theory]
    [MemberData(nameof(ValidLocks))]
    public async Task The_build_accepts_a_valid_lock_and_reads_the_processes_the_tool_reads(string name)
    {
        var file = LockCorpus.PathOf("valid", name);
        var read = LockFileReader.ReadFile(file);
        var processes = read.Agents.SelectMany(a => a.Processes.Select(p => (Agent: a.Id, Process: p))).ToList();
        var source = new StringBuilder("using KognitosGen;\n");
        for (var i = 0; i < processes.Count; i++)
        {
            var (agent, process) = processes[i];
            var otherStage = process.Stage == "Draft" ? "Published" : "Draft";
            source.Append($"[KognitosProcess(\"not the lock's name\", AgentId = {Literal(agent)}, ProcessId = {Literal(process.Id)}, Stage = KognitosStage.{otherStage})]\n")
                .Append($"public partial class Process{i} {{ }}\n");
        }

        var diagnostics = await AnalyzerRun.DiagnosticsAsync(file, source.ToString());

        Assert.DoesNotContain(diagnostics, d => d.Id == UnreadableLock);
        Assert.Equal(
            processes.Select(p => p.Process.Name).Order(StringComparer.Ordinal),
            diagnostics.Where(d => d.Id == "KOG0017").Select(d => d.Properties["Replacement"]).Order(StringComparer.Ordinal));
        Assert.Equal(
            processes.Select(p => p.Process.Stage).Order(StringComparer.Ordinal),
            diagnostics.Where(d => d.Id == "KOG0018").Select(d => d.Properties["Replacement"]).Order(StringComparer.Ordinal));
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);
}
