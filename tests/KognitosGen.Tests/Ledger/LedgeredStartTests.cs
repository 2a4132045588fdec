using KognitosGen.Emulator;
using KognitosGen.Ledger.Sqlite;
using KognitosGen.Tests.Client;
using KognitosGen.Tests.Emulator;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Ledger;

/// <summary>Keyed starts through a run ledger in one client: starts racing in one client, a start the server refused.</summary>
public sealed class LedgeredStartTests : EmulatorTest, IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "kognitosgen-ledgered-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    private KognitosSqliteRunLedger NewLedger() => new(Path.Combine(_folder, "ledger.db"));

    [Fact]
    public async Task Starts_of_one_key_racing_in_one_client_leave_one_run_and_all_answer_with_it()
    {
        var ledger = NewLedger();
        using var client = EmulatorScenarios.ClientFor(Emulator, configure: options => options.RunLedger = ledger);

        var handles = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ =>
            client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "RACE-1", Amount = 10m }, new KognitosStartOptions { BusinessKey = "RACE-1" })));

        Assert.Equal(1, Emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
        Assert.Single(handles.Select(handle => handle.RunId).Distinct());
        Assert.Equal(handles[0].RunId, (await ledger.ReadAsync("RACE-1"))!.RunId);
    }

    [Fact]
    public async Task A_start_the_server_refused_releases_its_claim_so_the_next_start_need_not_wait_out_the_lease()
    {
        var ledger = NewLedger();
        using var client = EmulatorScenarios.ClientFor(Emulator, configure: options => options.RunLedger = ledger);
        var keyed = new KognitosStartOptions { BusinessKey = "REFUSED-1", ProcessId = "n0suchpr0c3ss0000000001" };

        var refused = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "REFUSED-1", Amount = 10m }, keyed));

        Assert.False(refused.RequestMayHaveBeenProcessed);
        Assert.Null(await ledger.ReadAsync("REFUSED-1"));
        var started = await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "REFUSED-1", Amount = 10m }, new KognitosStartOptions { BusinessKey = "REFUSED-1" });
        Assert.Equal(started.RunId, (await ledger.ReadAsync("REFUSED-1"))!.RunId);
    }
}
