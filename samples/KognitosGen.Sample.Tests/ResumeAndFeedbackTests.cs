namespace KognitosGen.Sample.Tests;

/// <summary>The sample's résumé and feedback processes.</summary>
public sealed class ResumeAndFeedbackTests
{
    [Fact]
    public async Task Resumes_are_uploaded_in_order_and_the_companies_bound()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<ExtractCompanyNames>().Returns(run => new()
        {
            [p => p.Companies] = new[] { "Contoso", "Fabrikam" },
            [p => p.ResumeCount] = run.FileNames.Count,
        });

        var done = await new ExtractCompanyNames
        {
            Resumes = [KognitosFile.FromBytes("ada.txt", [1]), KognitosFile.FromBytes("grace.txt", [2])],
        }.RunAsync(kognitos.Client);

        Assert.Equal(["Contoso", "Fabrikam"], done.Process.Companies);
        Assert.Equal(2, done.Process.ResumeCount);
        Assert.Equal(["ada.txt", "grace.txt"], Assert.Single(kognitos.RunsOf<ExtractCompanyNames>()).FileNames);
    }

    [Fact]
    public async Task Feedback_runs_the_Draft_stage_sends_the_comment_count_and_binds_the_enum_and_date()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var reviewedAt = new DateTimeOffset(2026, 1, 15, 9, 30, 0, TimeSpan.Zero);
        kognitos.Process<SummarizeFeedback>().Returns(run => new()
        {
            [p => p.Summary] = $"{run.Input(p => p.CommentCount)} comments",
            [p => p.Sentiment] = Sentiment.Positive,
            [p => p.Score] = 0.87,
            [p => p.ReviewedAt] = reviewedAt,
        });

        var done = await new SummarizeFeedback { Comments = ["Love it.", "Slow exports."] }.RunAsync(kognitos.Client);

        Assert.Equal("2 comments", done.Process.Summary);
        Assert.Equal(Sentiment.Positive, done.Process.Sentiment);
        Assert.Equal(0.87, done.Process.Score);
        Assert.Equal(reviewedAt, done.Process.ReviewedAt);
        var sent = Assert.Single(kognitos.RunsOf<SummarizeFeedback>());
        Assert.Equal(KognitosStage.Draft, sent.Stage);
        Assert.Equal(["Love it.", "Slow exports."], sent.Input(p => p.Comments));
    }

    [Fact]
    public async Task Feedback_under_a_429_storm_still_completes_through_the_clients_retries()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<SummarizeFeedback>().Returns(new KognitosOutputs<SummarizeFeedback>
        {
            [p => p.Summary] = "ok",
            [p => p.Sentiment] = Sentiment.Neutral,
            [p => p.Score] = 0.5,
            [p => p.ReviewedAt] = DateTimeOffset.UnixEpoch,
        });
        kognitos.Faults.RateLimit(0.2, retryAfter: TimeSpan.FromSeconds(30));

        var done = await new SummarizeFeedback { Comments = ["fine"] }.RunAsync(kognitos.Client);

        Assert.Equal("ok", done.Process.Summary);
        Assert.Equal(Sentiment.Neutral, done.Process.Sentiment);
    }

    [Fact]
    public async Task A_process_the_test_did_not_script_is_a_404_that_names_its_class()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();

        var error = await Assert.ThrowsAsync<KognitosApiException>(
            () => new ProcessInvoice { InvoiceNumber = "INV-3", Amount = 1m }.RunAsync(kognitos.Client));

        Assert.Equal(404, error.StatusCode);
        Assert.Contains("kognitos.Process<ProcessInvoice>()", error.Message, StringComparison.Ordinal);
    }
}
