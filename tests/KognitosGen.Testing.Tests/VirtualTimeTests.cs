using System.Diagnostics;

namespace KognitosGen.Testing.Tests;

/// <summary>Runs of minutes, and waits that time out, cost no wall time: the client and the emulator share a clock that moves itself on.</summary>
public sealed class VirtualTimeTests
{
    // Generous, so a loaded machine never fails it; the same waits on a real clock would take 30 minutes.
    private static readonly TimeSpan WallBound = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task A_run_scripted_to_take_30_minutes_completes_without_waiting_them()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 1m }).Taking(TimeSpan.FromMinutes(30));
        var started = kognitos.Clock.GetUtcNow();
        var wall = Stopwatch.StartNew();

        // The default wait gives up after 30 minutes; this one may take an hour.
        var done = await new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.RunAsync(kognitos.Client, polling: new KognitosPollingOptions { Timeout = TimeSpan.FromHours(1) });

        wall.Stop();
        Assert.Equal(1m, done.Process.Total);
        var virtualElapsed = kognitos.Clock.GetUtcNow() - started;
        // Polls back off to every 10 s (±20 %), so the one that sees the end comes at most 12 s after it.
        Assert.InRange(virtualElapsed, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(13));
        Assert.True(wall.Elapsed < WallBound, $"30 virtual minutes took {wall.Elapsed} of wall time");
    }

    [Fact]
    public async Task A_wait_times_out_at_its_deadline_on_the_virtual_clock()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Taking(TimeSpan.FromHours(2));
        var started = kognitos.Clock.GetUtcNow();
        var wall = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<KognitosWaitTimeoutException>(() => new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.RunAsync(kognitos.Client));

        Assert.Equal(TimeSpan.FromMinutes(30), error.Timeout);
        Assert.Equal(KognitosRunStatus.Running, error.Run.Status);
        Assert.InRange(kognitos.Clock.GetUtcNow() - started, TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(30) + TimeSpan.FromSeconds(1));
        Assert.True(wall.Elapsed < WallBound, $"a 30-minute timeout took {wall.Elapsed} of wall time");
    }

    [Fact]
    public async Task The_run_reads_Running_until_its_time_has_passed_on_the_clock()
    {
        await using var kognitos = await KognitosTestServer.StartAsync(new KognitosTestServerOptions { AutoAdvanceTime = false });
        kognitos.Process<Invoice>().Taking(TimeSpan.FromMinutes(10));

        var handle = await new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.StartAsync(kognitos.Client);
        kognitos.Clock.Advance(TimeSpan.FromMinutes(9));
        var before = await handle.GetRunAsync();
        kognitos.Clock.Advance(TimeSpan.FromMinutes(1));
        var after = await handle.GetRunAsync();

        Assert.Equal(KognitosRunStatus.Running, before.Status);
        Assert.Equal(KognitosRunStatus.Succeeded, after.Status);
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 9, 0, 0, TimeSpan.Zero), Assert.Single(kognitos.RunsOf<Invoice>()).StartedAt);
    }

    [Fact]
    public async Task Code_under_test_that_waits_on_the_clock_itself_is_moved_on_too()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var wall = Stopwatch.StartNew();

        await Task.Delay(TimeSpan.FromHours(1), kognitos.Clock);

        Assert.Equal(new DateTimeOffset(2026, 1, 1, 10, 0, 0, TimeSpan.Zero), kognitos.Clock.GetUtcNow());
        Assert.True(wall.Elapsed < WallBound, $"an hour's delay took {wall.Elapsed} of wall time");
    }
}
