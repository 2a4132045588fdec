using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// A list that lags more than the client's bound (<see cref="KognitosClientOptions.RunListingLag"/>): when another
/// start of the process, answered long enough ago, is still not listed, the client sees the lag and reports the lost
/// start as possibly processed instead of sending it again.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ListingLagBeyondTheBoundTests
{
    [Fact]
    public async Task A_start_lost_while_the_list_lags_past_the_bound_is_reported_and_not_sent_again()
    {
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { RunListLagMs = 5_000 } });
        using var client = FaultScenario.Client(emulator, o => o.RunListingLag = TimeSpan.FromMilliseconds(500));
        emulator.Faults = new FaultSettings { LatencyMs = 400, DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };

        var lost = new EchoInvoice { InvoiceNumber = "LOST-1", Amount = 1 }.StartAsync(client);
        while (emulator.Counters.RequestsFor("POST", "/v2/runs") == 0)
            await Task.Delay(5);
        emulator.Faults = FaultSettings.None;
        var witness = await new EchoInvoice { InvoiceNumber = "SEEN-1", Amount = 2 }.StartAsync(client);
        var error = await Assert.ThrowsAsync<KognitosApiException>(() => lost);

        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.False(string.IsNullOrEmpty(witness.Run.Id));
        Assert.Equal(2, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(2, emulator.Counters.RunsCreatedFor(FaultScenario.Echo));
        Assert.True(emulator.Counters.RequestsFor("GET", "/v2/runs") >= 2, "the lost start was not looked for until the bound");
    }

    [Fact]
    public async Task A_start_lost_while_the_list_lags_within_the_bound_is_found_though_another_start_is_not_listed_yet()
    {
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build(),
            new KognitosEmulatorOptions { Variants = new EmulatorVariants { RunListLagMs = 300 } });
        using var client = FaultScenario.Client(emulator, o => o.RunListingLag = TimeSpan.FromMilliseconds(1_000));
        emulator.Faults = new FaultSettings { LatencyMs = 100, DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };

        var lost = new EchoInvoice { InvoiceNumber = "LOST-2", Amount = 1 }.StartAsync(client);
        while (emulator.Counters.RequestsFor("POST", "/v2/runs") == 0)
            await Task.Delay(5);
        emulator.Faults = FaultSettings.None;
        await new EchoInvoice { InvoiceNumber = "SEEN-2", Amount = 2 }.StartAsync(client);
        var found = await lost;

        Assert.EndsWith("]", found.Run.Name, StringComparison.Ordinal);
        Assert.Equal(2, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(2, emulator.Counters.RunsCreatedFor(FaultScenario.Echo));
    }
}
