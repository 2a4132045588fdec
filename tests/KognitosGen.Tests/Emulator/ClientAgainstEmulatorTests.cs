using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using KognitosGen.Wire;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>The client end to end against the emulator: two independent readings of the wire format agree.</summary>
public sealed class ClientAgainstEmulatorTests : EmulatorTest
{
    [Fact]
    public async Task Health_is_ok()
    {
        var health = await Client.GetHealthAsync();

        Assert.Equal("OK", health.Status);
    }

    [Fact]
    public async Task Processes_are_listed_and_fetched()
    {
        var listed = new List<KognitosProcessInfo>();
        await foreach (var process in Client.ListProcessesAsync(Agent, pageSize: 2))
            listed.Add(process);
        var invoices = await Client.GetProcessAsync(Invoices, Agent);

        Assert.Equal(new[] { Invoices, Failing, ManyRuns, DraftOnly }.Order(), listed.Select(p => p.Id).Order());
        Assert.Equal("to process the invoices", invoices.Name);
        Assert.Equal(Agent, invoices.AgentId);
        Assert.Equal(KognitosStage.Published, invoices.Stage);
        Assert.Equal(KognitosStage.Draft, listed.Single(p => p.Id == DraftOnly).Stage);
    }

    [Fact]
    public async Task A_typed_run_uploads_its_file_sends_inputs_waits_and_binds_outputs()
    {
        var invoice = new HandWrittenInvoice
        {
            InvoiceNumber = "INV-42",
            Amount = 1234.56m,
            Scan = KognitosFile.FromBytes("scan-42.pdf", "%PDF-1.7 fake"u8.ToArray(), "application/pdf"),
        };

        var result = await Client.RunAsync(invoice);

        Assert.Equal(1234.56m, invoice.Total);
        Assert.Equal("ACME", invoice.Vendor);
        Assert.Equal(KognitosRunStatus.Succeeded, result.Run.Status);
        Assert.True(result.Run.TryGetOutput("the output files", out var files));
        Assert.Equal("scan-42.pdf", Assert.Single(files.Value.EnumerateArray()).GetString());
        Assert.Single(result.Run.FileIds!);
        Assert.Equal(1, Emulator.Counters.RunsCreatedFor(Invoices));
    }

    [Fact]
    public async Task A_run_moves_through_its_statuses_to_succeeded()
    {
        var started = await Client.CreateRunAsync(new KognitosCreateRunRequest { Name = "statuses", AgentId = Agent, ProcessId = Invoices });
        var seen = new List<KognitosRunStatus> { started.Status };
        KognitosRun run;
        do
        {
            run = await Client.GetRunAsync(started.Id);
            if (seen[^1] != run.Status)
                seen.Add(run.Status);
        }
        while (!run.IsTerminal);

        Assert.Equal(KognitosRunStatus.Created, seen[0]);
        Assert.Equal(KognitosRunStatus.Succeeded, seen[^1]);
        Assert.Equal(seen.Order().ToList(), seen);
        Assert.True(run.TryGetOutput("the output vendor", out var vendor));
        Assert.Equal("ACME", vendor.Value.GetString());
    }

    [Fact]
    public async Task A_failed_run_surfaces_as_run_failed_with_the_run()
    {
        var error = await Assert.ThrowsAsync<KognitosRunFailedException>(() =>
            Client.RunAsync(new HandWrittenInvoice { InvoiceNumber = "x", Descriptor = HandWrittenInvoice.Shape(processId: Failing) }));

        Assert.Equal(KognitosRunStatus.Failed, error.Run.Status);
        Assert.Empty(error.Run.Outputs);
    }

    [Fact]
    public async Task Paging_over_250_runs_returns_each_once_newest_first()
    {
        var created = new HashSet<string>();
        foreach (var batch in Enumerable.Range(0, 250).Chunk(25))
        {
            var runs = await Task.WhenAll(batch.Select(i =>
                Client.CreateRunAsync(new KognitosCreateRunRequest { Name = $"run {i}", AgentId = Agent, ProcessId = ManyRuns })));
            created.UnionWith(runs.Select(r => r.Id));
        }

        var all = new List<KognitosRun>();
        await foreach (var run in Client.ListRunsAsync(new KognitosRunQuery(Agent, ManyRuns) { PageSize = 100 }))
            all.Add(run);
        var byDefaultPages = 0;
        await foreach (var _ in Client.ListRunsAsync(new KognitosRunQuery(Agent, ManyRuns)))
            byDefaultPages++;

        Assert.Equal(250, created.Count);
        Assert.Equal(250, all.Count);
        Assert.Equal(created.Order(), all.Select(r => r.Id).Order());
        Assert.Equal(all.OrderByDescending(r => r.CreatedAtText, StringComparer.Ordinal).Select(r => r.CreatedAtText), all.Select(r => r.CreatedAtText));
        Assert.Equal(250, byDefaultPages);
        Assert.Equal(25 + 3, Emulator.Counters.RequestsFor("GET", "/v2/runs"));
    }

    [Fact]
    public async Task Listing_runs_filters_by_stage()
    {
        await Client.CreateRunAsync(new KognitosCreateRunRequest { Name = "draft run", AgentId = Agent, ProcessId = DraftOnly, Stage = KognitosStage.Draft });

        var drafts = await Client.ListRunsPageAsync(new KognitosRunQuery(Agent, DraftOnly) { Stage = KognitosStage.Draft });
        var published = await Client.ListRunsPageAsync(new KognitosRunQuery(Agent, DraftOnly) { Stage = KognitosStage.Published });

        Assert.Equal("draft run", Assert.Single(drafts.Items).Name);
        Assert.Empty(published.Items);
    }
}
