namespace KognitosGen.Sample.Tests;

/// <summary>The sample's invoice process, as code that runs it would be tested.</summary>
public sealed class InvoiceTests(KognitosFixture fixture) : IClassFixture<KognitosFixture>
{
    private readonly KognitosTestServer _kognitos = fixture.Kognitos;

    [Fact]
    public async Task An_invoice_run_returns_the_scripted_total_vendor_and_file_names()
    {
        _kognitos.Process<ProcessInvoice>()
            .Returns(run => new()
            {
                [p => p.Total] = run.Input(p => p.Amount) * 2,
                [p => p.Vendor] = "ACME",
                [p => p.Approved] = run.Input(p => p.Amount) < 1000m,
                [p => p.Files] = run.FileNames,
            })
            .Taking(TimeSpan.FromMinutes(30));

        var done = await new ProcessInvoice
        {
            InvoiceNumber = "INV-1",
            Amount = 10m,
            Scan = KognitosFile.FromBytes("scan.pdf", "%PDF-1.7"u8.ToArray(), "application/pdf"),
        }.RunAsync(_kognitos.Client); // the kit's client waits as long as the script: no polling options

        Assert.Equal(20m, done.Process.Total);
        Assert.Equal("ACME", done.Process.Vendor);
        Assert.True(done.Process.Approved);
        Assert.Equal(["scan.pdf"], done.Process.Files);
        var sent = _kognitos.RunsOf<ProcessInvoice>().Single(r => r.RunId == done.Run.Id);
        Assert.Equal("INV-1", sent.Input(p => p.InvoiceNumber));
        Assert.Equal(10m, sent.Input(p => p.Amount));
        Assert.Equal(["scan.pdf"], sent.FileNames);
    }

    [Fact]
    public async Task A_failed_invoice_run_is_reported_with_its_status()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<ProcessInvoice>().Fails();

        var error = await Assert.ThrowsAsync<KognitosRunFailedException>(
            () => new ProcessInvoice { InvoiceNumber = "INV-2", Amount = 1m }.RunAsync(kognitos.Client));

        Assert.Equal(KognitosRunStatus.Failed, error.Status);
    }
}
