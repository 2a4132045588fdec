using System.Diagnostics;

namespace KognitosGen.Testing.Tests;

/// <summary>
/// The kit's clients wait as long as the scripts they run, unless the test asks for a shorter wait: then the wait
/// times out at exactly that virtual time.
/// </summary>
public sealed class WaitLengthTests
{
    private static readonly TimeSpan LibraryDefault = new KognitosPollingOptions().Timeout;
    private static readonly TimeSpan ThreeHours = TimeSpan.FromHours(3);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    private static Invoice NewInvoice() => new() { InvoiceNumber = "INV-1", Amount = 1m };

    [Fact]
    public async Task A_shorter_timeout_set_on_a_created_client_times_out_at_exactly_that_virtual_time()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Taking(ThreeHours);
        using var client = kognitos.CreateClient(o => o.Polling.Timeout = TenMinutes);

        await AssertTimesOutAfter(kognitos, TenMinutes, () => NewInvoice().RunAsync(client));
    }

    [Fact]
    public async Task A_shorter_timeout_set_through_the_server_options_times_out_the_servers_client()
    {
        await using var kognitos = await KognitosTestServer.StartAsync(new KognitosTestServerOptions
        {
            ConfigureClient = o => o.Polling = new KognitosPollingOptions { Timeout = TenMinutes, CoalesceWaits = false },
        });
        kognitos.Process<Invoice>().Taking(ThreeHours);

        await AssertTimesOutAfter(kognitos, TenMinutes, () => NewInvoice().RunAsync(kognitos.Client));
    }

    [Fact]
    public async Task A_shorter_timeout_passed_with_the_call_times_out_at_that_virtual_time()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Taking(ThreeHours);

        await AssertTimesOutAfter(kognitos, TenMinutes, () => NewInvoice().RunAsync(kognitos.Client, polling: new KognitosPollingOptions { Timeout = TenMinutes }));
    }

    [Fact]
    public async Task Options_replaced_wholesale_still_wait_as_long_as_the_scripts()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 3m }).Taking(ThreeHours);
        // A new polling object carries the library's 30-minute default: the kit reads that as "not chosen".
        using var client = kognitos.CreateClient(o => o.Polling = new KognitosPollingOptions { CoalesceWaits = false });

        var done = await NewInvoice().RunAsync(client);

        Assert.Equal(3m, done.Process.Total);
    }

    [Fact]
    public async Task Options_the_code_under_test_builds_wait_as_long_as_the_scripts_unless_it_chose_a_timeout()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var defaulted = new KognitosClientOptions();
        var chosen = new KognitosClientOptions { Polling = new KognitosPollingOptions { Timeout = TenMinutes } };
        var unlimited = new KognitosClientOptions { Polling = new KognitosPollingOptions { Timeout = Timeout.InfiniteTimeSpan } };

        kognitos.ConfigureClientOptions(defaulted);
        kognitos.ConfigureClientOptions(chosen);
        kognitos.ConfigureClientOptions(unlimited);

        Assert.Equal(TimeSpan.FromMinutes(30), LibraryDefault);
        Assert.Equal(KognitosTestServer.WaitTimeout, defaulted.Polling.Timeout);
        Assert.Equal(TenMinutes, chosen.Polling.Timeout);
        Assert.Equal(Timeout.InfiniteTimeSpan, unlimited.Polling.Timeout);
        Assert.Equal(kognitos.BaseAddress, defaulted.BaseUrl);
        Assert.Same(kognitos.Clock, defaulted.TimeProvider);
    }

    [Fact]
    public void The_kits_wait_outlasts_the_longest_run_a_script_can_take()
    {
        var longest = TimeSpan.FromMilliseconds(int.MaxValue);
        Assert.True(KognitosTestServer.WaitTimeout > longest + TimeSpan.FromMinutes(1), $"{KognitosTestServer.WaitTimeout} is not longer than {longest}");
    }

    private static async Task AssertTimesOutAfter(KognitosTestServer kognitos, TimeSpan timeout, Func<Task> run)
    {
        var started = kognitos.Clock.GetUtcNow();
        var wall = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<KognitosWaitTimeoutException>(run);

        Assert.Equal(timeout, error.Timeout);
        Assert.Equal(KognitosRunStatus.Running, error.Run.Status);
        Assert.Equal(started + timeout, kognitos.Clock.GetUtcNow());
        Assert.True(wall.Elapsed < TimeSpan.FromSeconds(15), $"a {timeout} timeout took {wall.Elapsed} of wall time");
    }
}
