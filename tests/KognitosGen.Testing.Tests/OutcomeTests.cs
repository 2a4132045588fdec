namespace KognitosGen.Testing.Tests;

/// <summary>Each way a scripted run can end, as the code under test sees it through the real client.</summary>
public sealed class OutcomeTests
{
    private static Invoice NewInvoice(decimal amount = 10m) => new() { InvoiceNumber = "INV-1", Amount = amount };

    [Fact]
    public async Task A_run_succeeds_with_the_scripted_outputs_bound_to_their_types()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var paidAt = new DateTimeOffset(2026, 2, 3, 4, 5, 6, TimeSpan.FromHours(2));
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice>
        {
            [p => p.Total] = 20.5m,
            [p => p.Vendor] = "ACME",
            [p => p.Lines] = new List<string> { "paper", "ink" },
            [p => p.PaidAt] = paidAt,
            [p => p.Priority] = Priority.High,
        });

        var done = await NewInvoice().RunAsync(kognitos.Client);

        Assert.Equal(KognitosRunStatus.Succeeded, done.Run.Status);
        Assert.Equal(20.5m, done.Process.Total);
        Assert.Equal("ACME", done.Process.Vendor);
        Assert.Equal(["paper", "ink"], done.Process.Lines);
        Assert.Equal(paidAt, done.Process.PaidAt);
        Assert.Equal(Priority.High, done.Process.Priority);
        // Written as the generated code writes: the enum by name, the date in ISO 8601.
        Assert.True(done.Run.TryGetOutput("the output priority", out var priority));
        Assert.True(done.Run.TryGetOutput("the output paid at", out var paid));
        Assert.Equal("High", priority.Value.GetString());
        Assert.Equal("2026-02-03T04:05:06.0000000+02:00", paid.Value.GetString());
    }

    [Fact]
    public async Task Outputs_computed_from_each_runs_inputs()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(run => new()
        {
            [p => p.Total] = run.Input(p => p.Amount) * 2,
            [p => p.Vendor] = run.Input(p => p.Note) ?? "no note",
            [p => p.Lines] = new[] { run.Input(p => p.InvoiceNumber) },
        });

        var first = await NewInvoice(10m).RunAsync(kognitos.Client);
        var second = await new Invoice { InvoiceNumber = "INV-2", Amount = 1.25m, Note = "rush" }.RunAsync(kognitos.Client);

        Assert.Equal(20m, first.Process.Total);
        Assert.Equal("no note", first.Process.Vendor);
        Assert.Equal(["INV-1"], first.Process.Lines);
        Assert.Equal(2.5m, second.Process.Total);
        Assert.Equal("rush", second.Process.Vendor);
    }

    [Theory]
    [InlineData("Fails", KognitosRunStatus.Failed)]
    [InlineData("TimesOut", KognitosRunStatus.TimedOut)]
    [InlineData("Cancelled", KognitosRunStatus.Cancelled)]
    public async Task A_run_scripted_to_end_otherwise_fails_the_typed_run_with_that_status(string ending, KognitosRunStatus expected)
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var script = kognitos.Process<Invoice>();
        _ = ending switch
        {
            "Fails" => script.Fails(),
            "TimesOut" => script.TimesOut(),
            _ => script.Cancelled(),
        };

        var error = await Assert.ThrowsAsync<KognitosRunFailedException>(() => NewInvoice().RunAsync(kognitos.Client));

        Assert.Equal(expected, error.Status);
        Assert.Single(kognitos.RunsOf<Invoice>());
    }

    [Fact]
    public async Task A_script_change_applies_to_the_runs_started_after_it()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var script = kognitos.Process<Invoice>().Fails();
        await Assert.ThrowsAsync<KognitosRunFailedException>(() => NewInvoice().RunAsync(kognitos.Client));

        script.Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 1m });
        var done = await NewInvoice().RunAsync(kognitos.Client);

        Assert.Equal(1m, done.Process.Total);
        Assert.Same(script, kognitos.Process<Invoice>());
    }

    [Fact]
    public async Task An_unscripted_process_is_a_404_whose_message_says_how_to_script_it()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => new Archive { Folder = "2025" }.RunAsync(kognitos.Client));

        Assert.Equal(404, error.StatusCode);
        Assert.StartsWith("A referenced resource was not found.", error.ErrorMessage);
        Assert.Contains("kognitos.Process<Archive>().Returns(...)", error.Message, StringComparison.Ordinal);
        Assert.Contains("'archive01' in agent 'agent02'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_throwing_outputs_script_surfaces_its_exception_in_the_run_start_error()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(_ => throw new InvalidOperationException("scripted boom"));

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => NewInvoice().RunAsync(kognitos.Client));

        Assert.Equal(500, error.StatusCode);
        Assert.Contains("InvalidOperationException: scripted boom", error.Message, StringComparison.Ordinal);
        Assert.Empty(kognitos.RunsOf<Invoice>());
    }

    [Fact]
    public async Task Two_processes_in_one_server_keep_their_own_scripts_and_records()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 3m });
        kognitos.Process<Feedback>().Returns(run => new KognitosOutputs<Feedback>()
            .With(p => p.Summary, $"{run.Input(p => p.Comments).Length} comments")
            .With(p => p.Score, 0.75));

        var invoice = await NewInvoice().RunAsync(kognitos.Client);
        var feedback = await new Feedback { Comments = ["good", "slow"] }.RunAsync(kognitos.Client);

        Assert.Equal(3m, invoice.Process.Total);
        Assert.Equal("2 comments", feedback.Process.Summary);
        Assert.Equal(0.75, feedback.Process.Score);
        Assert.Equal(KognitosStage.Draft, Assert.Single(kognitos.RunsOf<Feedback>()).Stage);
        Assert.Equal(KognitosStage.Published, Assert.Single(kognitos.RunsOf<Invoice>()).Stage);
    }
}
