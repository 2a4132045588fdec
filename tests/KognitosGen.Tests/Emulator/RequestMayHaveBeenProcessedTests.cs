using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>
/// <see cref="KognitosApiException.RequestMayHaveBeenProcessed"/> against the emulator: false for the server's word
/// that it did not act (401, 404, a refusal), true only when the answer was lost after the server acted; checked with
/// the emulator's own counts of what it created.
/// </summary>
public sealed class RequestMayHaveBeenProcessedTests
{
    private const string UnknownKey = "unknown-key-0c4f7a";
    private const string NoSuchId = "zzzzzzzzzzzzzzzzzzzzzzzzz";

    [Fact]
    public async Task A_401_on_a_typed_start_says_nothing_was_processed_and_is_not_retried()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator, UnknownKey);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "A-1", Amount = 1 }));

        Assert.Equal(401, error.StatusCode);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
        Assert.DoesNotContain(UnknownKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_404_on_a_typed_start_says_nothing_was_processed_and_is_not_looked_up()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() =>
            client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "A-2", Amount = 1, Descriptor = HandWrittenInvoice.Shape(processId: NoSuchId) }));

        Assert.Equal(404, error.StatusCode);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(0, emulator.Counters.RequestsFor("GET", "/v2/runs"));
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
    }

    [Fact]
    public async Task A_401_on_a_typed_runs_file_creation_says_nothing_was_processed_and_starts_nothing()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator, UnknownKey);
        var invoice = new HandWrittenInvoice { InvoiceNumber = "A-3", Amount = 1, Scan = KognitosFile.FromBytes("scan.pdf", [1, 2, 3]) };

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.RunAsync(invoice));

        Assert.Equal(401, error.StatusCode);
        Assert.Equal("/v2/files", error.Path);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/files"));
        Assert.Equal(0, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(0, emulator.Counters.TotalFilesCreated);
    }

    [Fact]
    public async Task A_404_on_a_file_creation_says_nothing_was_processed()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build());
        using var client = ClientFor(emulator);

        var plain = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateFileAsync("scan.pdf", NoSuchId));
        var uploaded = await Assert.ThrowsAsync<KognitosApiException>(() => client.UploadFileAsync(KognitosFile.FromBytes("scan.pdf", [1]), NoSuchId));

        Assert.Equal(404, plain.StatusCode);
        Assert.False(plain.RequestMayHaveBeenProcessed);
        Assert.Equal(404, uploaded.StatusCode);
        Assert.False(uploaded.RequestMayHaveBeenProcessed);
        Assert.Equal(2, emulator.Counters.RequestsFor("POST", "/v2/files"));
        Assert.Equal(0, emulator.Counters.TotalFilesCreated);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_refused_plain_start_says_nothing_was_processed(int status)
    {
        var faults = status == 429
            ? new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 0, Methods = ["POST"] }
            : new FaultSettings { ServiceUnavailableRate = 1, Methods = ["POST"] };
        await using var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(faults));
        using var client = ClientFor(emulator);

        var start = await Assert.ThrowsAsync<KognitosApiException>(() =>
            client.CreateRunAsync(new KognitosCreateRunRequest { Name = "refused", AgentId = Agent, ProcessId = Invoices }));
        var file = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateFileAsync("scan.pdf", Agent));

        Assert.Equal(status, start.StatusCode);
        Assert.False(start.RequestMayHaveBeenProcessed);
        Assert.Equal(status, file.StatusCode);
        Assert.False(file.RequestMayHaveBeenProcessed);
        Assert.Equal(0, emulator.Counters.TotalRunsCreated);
        Assert.Equal(0, emulator.Counters.TotalFilesCreated);
    }

    [Fact]
    public async Task A_start_and_a_file_creation_dropped_after_handling_may_have_been_processed_and_were()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(new FaultSettings { DropAfterHandlingRate = 1, Methods = ["POST"] }));
        using var client = ClientFor(emulator, configure: o => o.RunStartRecovery = false);

        var start = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "A-4", Amount = 1 }));
        var file = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateFileAsync("scan.pdf", Agent));

        Assert.Equal(KognitosFailureKind.Network, start.Kind);
        Assert.True(start.RequestMayHaveBeenProcessed);
        Assert.Equal(KognitosFailureKind.Network, file.Kind);
        Assert.True(file.RequestMayHaveBeenProcessed);
        // What the flag warned of happened: the server created both.
        Assert.Equal(1, emulator.Counters.TotalRunsCreated);
        Assert.Equal(1, emulator.Counters.TotalFilesCreated);
    }
}
