using System.Diagnostics;

namespace KognitosGen.Testing.Tests;

/// <summary>Runs of minutes, and waits that time out, cost no wall time: the client and the emulator share a clock that moves itself on.</summary>
public sealed class VirtualTimeTests
{
    // Generous, so a loaded machine never fails it; the same waits on a real clock would take 30 minutes.
    private static readonly TimeSpan WallBound = TimeSpan.FromSeconds(15);

    [Theory]
    [InlineData(30)]
    [InlineData(180)]
    public async Task A_run_scripted_to_take_minutes_or_hours_completes_through_the_servers_client_without_waiting_them(int minutes)
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var length = TimeSpan.FromMinutes(minutes);
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 1m }).Taking(length);
        var started = kognitos.Clock.GetUtcNow();
        var wall = Stopwatch.StartNew();

        // No polling options: the kit's client waits as long as its scripts run, past the library's 30-minute default.
        var done = await new Invoice { InvoiceNumber = "INV-1", Amount = 1m }.RunAsync(kognitos.Client);

        wall.Stop();
        Assert.Equal(1m, done.Process.Total);
        var virtualElapsed = kognitos.Clock.GetUtcNow() - started;
        // Polls back off to every 10 s (±20 %), so the one that sees the end comes at most 12 s after it.
        Assert.InRange(virtualElapsed, length, length + TimeSpan.FromSeconds(13));
        Assert.True(wall.Elapsed < WallBound, $"{minutes} virtual minutes took {wall.Elapsed} of wall time");
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
