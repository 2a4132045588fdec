using KognitosGen.SourceGenerators.Tests.Infrastructure;
using Xunit.Sdk;

namespace KognitosGen.SourceGenerators.Tests;

/// <summary>The snapshot helper fails readably, leaves the received file for review, and cleans up on a match.</summary>
public sealed class SnapshotHelperTests
{
    [Fact]
    public void Diff_shows_each_changed_line_with_its_number()
    {
        var diff = Snapshot.Diff("a\nb\nc", "a\nB\nc\nd");

        Assert.Equal("    2 - b\n    2 + B\n    4 + d\n", diff);
    }

    [Fact]
    public void Scrub_hides_the_generator_version()
    {
        var source = $"[GeneratedCode(\"KognitosGen\", \"{Emitting.GeneratedCode.Version}\")]\r\n";

        Assert.Equal("[GeneratedCode(\"KognitosGen\", \"{version}\")]\n", Snapshot.Scrub(source));
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_a_match_removes_it()
    {
        var name = "HelperSelfTest" + Guid.NewGuid().ToString("N");
        var directory = Snapshot.Directory;
        var verified = Path.Combine(directory, name + ".verified.cs");
        var received = Path.Combine(directory, name + ".received.cs");
        File.WriteAllText(verified, "line one\nline two\n");
        try
        {
            var failure = Assert.Throws<FailException>(() => Snapshot.Verify("line one\nline 2\n", name, accept: false));
            Assert.Contains("- line two", failure.Message);
            Assert.Contains("+ line 2", failure.Message);
            Assert.Equal("line one\nline 2\n", File.ReadAllText(received));

            Snapshot.Verify("line one\nline two\n", name, accept: false);
            Assert.False(File.Exists(received));
        }
        finally
        {
            File.Delete(verified);
            File.Delete(received);
        }
    }
}
