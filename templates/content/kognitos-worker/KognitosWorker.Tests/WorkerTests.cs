using KognitosGen;
using KognitosGen.Testing;
using KognitosWorker.Processes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace KognitosWorker.Tests;

/// <summary>The worker against the Kognitos emulator in this process: no account, no network, no waiting.</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task The_worker_runs_the_process_and_reads_its_typed_outputs()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<KognitosProcess>().Returns(run => new()
        {
            [p => p.Total] = run.Input(p => p.Amount) * 2,
            [p => p.Vendor] = "ACME",
        });
        var worker = new Worker(kognitos.Client, new StoppedLifetime(), NullLogger<Worker>.Instance);

        var process = await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(200m, process.Total);
        Assert.Equal("ACME", process.Vendor);
        var run = Assert.Single(kognitos.RunsOf<KognitosProcess>());
        Assert.Equal("INV-1", run.Input(p => p.InvoiceNumber));
    }

    [Fact]
    public async Task A_failed_run_reaches_the_worker_as_an_exception()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<KognitosProcess>().Fails();
        var worker = new Worker(kognitos.Client, new StoppedLifetime(), NullLogger<Worker>.Instance);

        await Assert.ThrowsAsync<KognitosRunFailedException>(() => worker.RunOnceAsync(CancellationToken.None));
    }

    private sealed class StoppedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
