namespace KognitosGen.Testing.Tests;

/// <summary>The server options for many runs at once: lists that carry outputs, and a run store that forgets.</summary>
public sealed class ServerOptionTests
{
    private static KognitosRunQuery InvoiceRuns => new("agent01", "invoices01");

    [Fact]
    public async Task Lists_carry_the_outputs_of_succeeded_runs_when_asked_to()
    {
        await using var plain = await KognitosTestServer.StartAsync();
        await using var carrying = await KognitosTestServer.StartAsync(new KognitosTestServerOptions { ListIncludesOutputs = true });
        foreach (var server in new[] { plain, carrying })
        {
            server.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 7m });
            await new Invoice { InvoiceNumber = "INV-1" }.RunAsync(server.Client);
        }

        var plainRun = Assert.Single((await plain.Client.ListRunsPageAsync(InvoiceRuns)).Items);
        var carriedRun = Assert.Single((await carrying.Client.ListRunsPageAsync(InvoiceRuns)).Items);

        Assert.Null(plainRun.OutputsOrNull);
        Assert.True(carriedRun.TryGetOutput("the output total", out var total));
        Assert.Equal(7m, total.Value.GetDecimal());
    }

    [Fact]
    public async Task Runs_ended_longer_ago_than_ForgetTerminalRunsAfter_are_forgotten()
    {
        await using var kognitos = await KognitosTestServer.StartAsync(new KognitosTestServerOptions { ForgetTerminalRunsAfter = TimeSpan.FromMinutes(1) });
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 1m });
        var first = await new Invoice { InvoiceNumber = "INV-1" }.RunAsync(kognitos.Client);

        kognitos.Clock.Advance(TimeSpan.FromMinutes(2));
        await new Invoice { InvoiceNumber = "INV-2" }.RunAsync(kognitos.Client);

        var left = Assert.Single(kognitos.RunsOf<Invoice>());
        Assert.Equal("INV-2", left.Input(p => p.InvoiceNumber));
        var error = await Assert.ThrowsAsync<KognitosApiException>(() => kognitos.Client.GetRunAsync(first.Run.Id));
        Assert.Equal(404, error.StatusCode);
    }
}
