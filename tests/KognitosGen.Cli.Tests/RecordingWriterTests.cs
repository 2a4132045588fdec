using System.Text.Json;
using KognitosGen.Recording;

namespace KognitosGen.Cli.Tests;

/// <summary>The one recording writer: what it keeps, what it replaces, and what makes it refuse to write at all.</summary>
public sealed class RecordingWriterTests
{
    [Fact]
    public void A_header_it_has_not_classified_makes_it_refuse_and_write_nothing()
    {
        var path = Path.Combine(Path.GetTempPath(), "kognitos-writer-" + Guid.NewGuid().ToString("N") + ".json");
        var error = new RecordedError(5, "GET", "/v2/runs", 503, new Dictionary<string, string> { ["X-Upstream-Trace"] = "abc" }, "busy");
        var writer = new RecordingWriter(new RecordingRedaction());

        var refused = Assert.Throws<RecordingRedactionException>(() => writer.WriteFile(new RecordingDocument([], [], [error]), path));

        Assert.Contains("'X-Upstream-Trace' is not classified", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("abc", refused.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void Credential_headers_signed_urls_and_known_secrets_are_replaced_and_safe_headers_kept()
    {
        var redaction = new RecordingRedaction();
        redaction.AddSecret("sk-live-0123456789");
        var error = new RecordedError(5, "POST", "/v2/runs", 429, new Dictionary<string, string>
        {
            ["Retry-After"] = "2",
            ["Content-Type"] = "application/json",
            ["Set-Cookie"] = "session=abcdef",
            ["X-Amz-Security-Token"] = "tok",
        }, "{\"message\":\"key sk-live-0123456789 is throttled\"}");
        var run = Run(1, [new RecordedValue("link", Json("\"https://bucket.s3.example/file.pdf?X-Amz-Signature=ffff&X-Amz-Credential=x\""))]);

        var text = new RecordingWriter(redaction).Write(new RecordingDocument([], [run], [error]));

        Assert.DoesNotContain("sk-live-0123456789", text, StringComparison.Ordinal);
        Assert.DoesNotContain("X-Amz-Signature", text, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdef", text, StringComparison.Ordinal);
        var read = RecordingReader.Read(text, "test");
        Assert.Equal("2", read.Errors[0].Header("Retry-After"));
        Assert.Equal("application/json", read.Errors[0].Header("Content-Type"));
        Assert.Equal(RecordingRedaction.Replacement, read.Errors[0].Header("Set-Cookie"));
        Assert.Equal(RecordingRedaction.Replacement, read.Errors[0].Body);
        Assert.Equal(RecordingRedaction.Replacement, read.Runs[0].Inputs[0].Value.GetString());
    }

    [Fact]
    public void A_known_secret_that_would_reach_the_file_by_any_path_stops_the_write()
    {
        var redaction = new RecordingRedaction();
        // The format name is written as a constant, past every scrub: only the last check can catch it.
        redaction.AddSecret(RecordingDocument.Format);

        var refused = Assert.Throws<RecordingRedactionException>(() => new RecordingWriter(redaction).Write(new RecordingDocument([], [], [])));

        Assert.Contains("survived redaction", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_is_stable_sorted_and_reads_back_to_the_same_text()
    {
        var processes = new[] { new RecordedProcess("b-agent", "p2", "second", "Published"), new RecordedProcess("a-agent", "p1", "first", "Draft") };
        var run = Run(1, [new RecordedValue("zeta", Json("1")), new RecordedValue("alpha", Json("{\"b\":[1,2]}"))]);
        var writer = new RecordingWriter(new RecordingRedaction());

        var text = writer.Write(new RecordingDocument(processes, [run], []));
        var again = writer.Write(RecordingReader.Read(text, "first write"));

        Assert.Equal(text, again);
        Assert.True(text.IndexOf("a-agent", StringComparison.Ordinal) < text.IndexOf("b-agent", StringComparison.Ordinal));
        Assert.True(text.IndexOf("\"alpha\"", StringComparison.Ordinal) < text.IndexOf("\"zeta\"", StringComparison.Ordinal));
        Assert.StartsWith("{\n  \"format\": \"kognitos-recording\",\n  \"version\": 1,", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("runs[*]", "must start with '$'")]
    [InlineData("$", "names the whole recording")]
    [InlineData("$.runs[x]", "use [n], [*] or ['name']")]
    [InlineData("$.runs[0", "unclosed '['")]
    public void Malformed_json_paths_are_refused_with_the_reason(string path, string reason)
    {
        var refused = Assert.Throws<ArgumentException>(() => new RecordingRedaction(paths: [path]));
        Assert.Contains(reason, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recording_of_a_newer_version_or_another_format_is_refused()
    {
        var newer = Assert.Throws<RecordingFormatException>(() => RecordingReader.Read("""{"format":"kognitos-recording","version":2}""", "r.json"));
        Assert.Contains("newer KognitosGen", newer.Message, StringComparison.Ordinal);
        var other = Assert.Throws<RecordingFormatException>(() => RecordingReader.Read("""{"apiKeys":[]}""", "s.json"));
        Assert.Contains("not a recording", other.Message, StringComparison.Ordinal);
        var wrongType = Assert.Throws<RecordingFormatException>(() => RecordingReader.Read("""{"format":"kognitos-recording","version":1,"runs":[{"index":"one"}]}""", "t.json"));
        Assert.Contains("runs[0].index", wrongType.Message, StringComparison.Ordinal);
    }

    private static RecordedRun Run(int index, IReadOnlyList<RecordedValue> inputs) => new()
    {
        Index = index,
        AgentId = "a-agent",
        ProcessId = "p1",
        Stage = "Draft",
        Name = "run " + index,
        StartedAtMs = 10,
        Inputs = inputs,
        Files = [],
        RunId = "run" + index,
        StartStatusCode = 201,
        Statuses = [new RecordedStatus(0, "Created"), new RecordedStatus(40, "Succeeded")],
        Outputs = [],
    };

    private static JsonElement Json(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
