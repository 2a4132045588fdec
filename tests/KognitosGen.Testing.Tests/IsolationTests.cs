namespace KognitosGen.Testing.Tests;

/// <summary>Servers are independent: tests may each start their own and run in parallel.</summary>
public sealed class IsolationTests
{
    [Fact]
    public async Task Servers_started_side_by_side_keep_their_own_scripts_runs_and_clocks()
    {
        var servers = await Task.WhenAll(Enumerable.Range(1, 4).Select(_ => KognitosTestServer.StartAsync()));
        try
        {
            var results = await Task.WhenAll(servers.Select(async (kognitos, index) =>
            {
                var factor = index + 1;
                kognitos.Process<Invoice>()
                    .Returns(run => new() { [p => p.Total] = run.Input(p => p.Amount) * factor })
                    .Taking(TimeSpan.FromMinutes(factor * 5));
                var done = await new Invoice { InvoiceNumber = $"INV-{factor}", Amount = 10m }.RunAsync(kognitos.Client);
                return (done.Process.Total, Runs: kognitos.RunsOf<Invoice>(), Elapsed: kognitos.Clock.GetUtcNow() - new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero));
            }));

            Assert.Equal(servers.Length, servers.Select(s => s.BaseAddress).Distinct().Count());
            for (var i = 0; i < results.Length; i++)
            {
                Assert.Equal(10m * (i + 1), results[i].Total);
                Assert.Equal($"INV-{i + 1}", Assert.Single(results[i].Runs).Input(p => p.InvoiceNumber));
                Assert.InRange(results[i].Elapsed, TimeSpan.FromMinutes(5 * (i + 1)), TimeSpan.FromMinutes(5 * (i + 1)) + TimeSpan.FromSeconds(13));
            }
        }
        finally
        {
            foreach (var server in servers)
                await server.DisposeAsync();
        }
    }
}
