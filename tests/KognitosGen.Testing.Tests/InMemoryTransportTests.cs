namespace KognitosGen.Testing.Tests;

/// <summary>
/// The kit's own clients reach the emulator in memory; its loopback listener starts only when a real address is asked
/// for, and then serves the same emulator.
/// </summary>
public sealed class InMemoryTransportTests
{
    [Fact]
    public async Task A_typed_run_with_a_file_completes_in_memory_without_a_listener()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 9m });

        // The file's presigned upload URL points at the emulator; the client uploads through the same in-memory transport.
        var done = await new Invoice
        {
            InvoiceNumber = "INV-1",
            Amount = 1m,
            Scans = [KognitosFile.FromBytes("scan.pdf", [1, 2, 3], "application/pdf")],
        }.RunAsync(kognitos.Client);

        Assert.Equal(9m, done.Process.Total);
        Assert.Equal(["scan.pdf"], kognitos.RunsOf<Invoice>().Single().FileNames);
        Assert.False(kognitos.Emulator.IsListening);
        Assert.Contains("in memory", kognitos.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reading_BaseAddress_starts_the_listener_on_the_same_emulator()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Process<Invoice>().Returns(new KognitosOutputs<Invoice> { [p => p.Total] = 3m });
        var started = await new Invoice { InvoiceNumber = "INV-2", Amount = 1m }.RunAsync(kognitos.Client);

        var options = new KognitosClientOptions();
        kognitos.ConfigureClientOptions(options);
        using var socketClient = new KognitosClient(options);
        var run = await socketClient.GetRunAsync(started.Run.Id);

        Assert.True(kognitos.Emulator.IsListening);
        Assert.Equal("127.0.0.1", kognitos.BaseAddress.Host);
        Assert.Equal(started.Run.Id, run.Id);
        Assert.Contains(kognitos.BaseAddress.ToString(), kognitos.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dropped_connection_fails_the_call_as_a_network_failure_once_retries_are_spent()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        kognitos.Faults.DropConnections(1.0);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => kognitos.Client.GetHealthAsync());

        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.True(kognitos.Emulator.Counters.FaultsInjected(KognitosGen.Emulator.FaultKind.DroppedBeforeHandling) > 1);
    }

    [Fact]
    public async Task A_cancelled_call_is_a_cancellation_not_a_network_failure()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => kognitos.Client.GetHealthAsync(cancelled.Token));
    }

    [Fact]
    public async Task A_disposed_server_that_never_listened_refuses_to_start_listening()
    {
        var kognitos = await KognitosTestServer.StartAsync();
        Assert.Equal("OK", (await kognitos.Client.GetHealthAsync()).Status);

        await kognitos.DisposeAsync();

        Assert.Throws<ObjectDisposedException>(() => kognitos.BaseAddress);
        Assert.False(kognitos.Emulator.IsListening);
    }
}
