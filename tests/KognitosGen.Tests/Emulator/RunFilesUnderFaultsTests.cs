using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Emulator;

/// <summary>
/// A typed run's file step rides out what its start does: a refused file creation is asked for again, one whose answer
/// was lost gets a new slot (the lost one stays unused), within one retry budget; counted by the emulator.
/// </summary>
public sealed class RunFilesUnderFaultsTests
{
    private static HandWrittenInvoice WithScan(string number) =>
        new() { InvoiceNumber = number, Amount = 5, Scan = KognitosFile.FromBytes("scan.pdf", [1, 2, 3]) };

    [Theory]
    [InlineData(429)]
    [InlineData(503)]
    public async Task A_typed_run_whose_file_creations_are_refused_asks_again_and_succeeds(int status)
    {
        var faults = new FaultSettings { Seed = 7, Methods = ["POST"], Paths = ["/v2/files"] };
        if (status == 429)
        {
            faults.RateLimitRate = 0.6;
            faults.RetryAfterSeconds = 0;
        }
        else
        {
            faults.ServiceUnavailableRate = 0.6;
        }

        await using var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(faults));
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 10);

        var results = new List<KognitosRunResult<HandWrittenInvoice>>();
        for (var i = 0; i < 5; i++)
            results.Add(await client.RunAsync(WithScan($"F-{i}")));

        var refused = emulator.Counters.FaultsInjected(FaultKind.RateLimited) + emulator.Counters.FaultsInjected(FaultKind.ServiceUnavailable);
        Assert.True(refused > 0, "no file creation was refused");
        Assert.All(results, r => Assert.Equal(5m, r.Process.Total));
        Assert.Equal(5, emulator.Counters.TotalFilesCreated);
        Assert.Equal(5 + refused, emulator.Counters.RequestsFor("POST", "/v2/files"));
        Assert.Equal(5, emulator.Counters.TotalRunsCreated);
        Assert.Equal(5, emulator.Runs.SelectMany(r => r.FileIds).Distinct().Count());
    }

    [Fact]
    public async Task A_file_creation_whose_answer_was_lost_gets_a_new_slot_and_the_run_names_only_that()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(new FaultSettings
        {
            Seed = 3, DropAfterHandlingRate = 0.5, Methods = ["POST"], Paths = ["/v2/files"],
        }));
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 10);

        for (var i = 0; i < 5; i++)
            await client.RunAsync(WithScan($"L-{i}"));

        var lost = emulator.Counters.FaultsInjected(FaultKind.DroppedAfterHandling);
        Assert.True(lost > 0, "no answer was lost");
        // Every lost answer left one unused slot behind; each run names the one slot it was answered.
        Assert.Equal(5 + lost, emulator.Counters.TotalFilesCreated);
        Assert.Equal(5, emulator.Counters.TotalRunsCreated);
        Assert.All(emulator.Runs, run => Assert.Single(run.FileIds));
        Assert.Equal(5, emulator.Runs.Select(r => r.FileIds[0]).Distinct().Count());
    }

    [Fact]
    public async Task A_file_creation_refused_past_the_budget_fails_typed_as_not_processed_and_says_how_often_it_tried()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(new FaultSettings
        {
            ServiceUnavailableRate = 1, Methods = ["POST"], Paths = ["/v2/files"],
        }));
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 2);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.RunAsync(WithScan("B-1")));

        Assert.Equal(503, error.StatusCode);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Contains("(3 attempts over ", error.Message);
        Assert.Equal(3, emulator.Counters.RequestsFor("POST", "/v2/files"));
        Assert.Equal(0, emulator.Counters.RequestsFor("POST", "/v2/runs"));
    }

    [Fact]
    public async Task Upload_file_rides_out_refusals_of_its_creation()
    {
        await using var emulator = await KognitosEmulator.StartAsync(Build().WithFaults(new FaultSettings
        {
            Seed = 9, RateLimitRate = 0.5, RetryAfterSeconds = 0, Methods = ["POST"], Paths = ["/v2/files"],
        }));
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 10);

        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
            ids.Add(await client.UploadFileAsync(KognitosFile.FromBytes($"page{i}.pdf", [1, 2]), Agent));

        Assert.True(emulator.Counters.FaultsInjected(FaultKind.RateLimited) > 0);
        Assert.Equal(4, ids.Distinct().Count());
        Assert.Equal(4, emulator.Counters.TotalFilesCreated);
    }
}
