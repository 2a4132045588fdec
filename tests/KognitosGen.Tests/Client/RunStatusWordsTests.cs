namespace KognitosGen.Tests.Client;

/// <summary>Status words are read whatever their casing or separators; undocumented words keep a wait going.</summary>
public sealed class RunStatusWordsTests
{
    [Theory]
    [InlineData("TimedOut", KognitosRunStatus.TimedOut)]
    [InlineData("TIMED_OUT", KognitosRunStatus.TimedOut)]
    [InlineData("timed-out", KognitosRunStatus.TimedOut)]
    [InlineData("Timed Out", KognitosRunStatus.TimedOut)]
    [InlineData("timedout", KognitosRunStatus.TimedOut)]
    [InlineData("SUCCEEDED", KognitosRunStatus.Succeeded)]
    [InlineData("failed", KognitosRunStatus.Failed)]
    [InlineData("CANCELED", KognitosRunStatus.Cancelled)]
    [InlineData("Cancelled", KognitosRunStatus.Cancelled)]
    [InlineData("PENDING", KognitosRunStatus.Pending)]
    [InlineData("created", KognitosRunStatus.Created)]
    [InlineData("running", KognitosRunStatus.Running)]
    [InlineData("AwaitingGuidance", KognitosRunStatus.Unknown)]
    [InlineData("AWAITING_GUIDANCE", KognitosRunStatus.Unknown)]
    [InlineData("Timed", KognitosRunStatus.Unknown)]
    [InlineData("TimedOutAgain", KognitosRunStatus.Unknown)]
    [InlineData("", KognitosRunStatus.Unknown)]
    [InlineData("_", KognitosRunStatus.Unknown)]
    [InlineData(null, KognitosRunStatus.Unknown)]
    public void A_status_word_is_read_ignoring_case_and_separators(string? text, KognitosRunStatus expected) =>
        Assert.Equal(expected, KognitosRunStatusParser.Parse(text));

    [Fact]
    public void A_run_awaiting_guidance_is_not_terminal()
    {
        var run = new KognitosRun { Id = "r", StatusText = "AWAITING_GUIDANCE" };

        Assert.False(run.IsTerminal);
        Assert.Equal("AWAITING_GUIDANCE", run.StatusText);
    }
}
