using System.Collections.Concurrent;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// One run per business key across clients: 500 starts of 100 keys from four clients, first one after another (a
/// queue redelivering), then all at once (a race the client can only detect, and does).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class BusinessKeyTests(ITestOutputHelper output)
{
    private const int Keys = 100;
    private const int Starts = 500;
    private const int Clients = 4;

    [Fact]
    public async Task Redelivered_starts_of_a_hundred_keys_from_four_clients_leave_exactly_a_hundred_runs()
    {
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build());
        var clients = Enumerable.Range(0, Clients).Select(_ => FaultScenario.Client(emulator)).ToArray();
        var runOfKey = new Dictionary<string, string>();

        for (var i = 0; i < Starts; i++)
        {
            var key = KeyOf(i);
            var handle = await new EchoInvoice { InvoiceNumber = key, Amount = i % Keys }
                .StartAsync(clients[i % Clients], new KognitosStartOptions { BusinessKey = key });
            if (runOfKey.TryGetValue(key, out var first))
                Assert.Equal(first, handle.RunId);
            else
                runOfKey[key] = handle.RunId;
        }

        foreach (var client in clients)
            client.Dispose();
        var created = emulator.Counters.RunsCreatedFor(FaultScenario.Echo);
        var figures = $"{Starts} starts of {Keys} keys one after another from {Clients} clients: runs on the server {created}, " +
            $"distinct runs returned {runOfKey.Values.Distinct().Count()}, {ScaleWorld.Counts(emulator.Counters)}";
        output.WriteLine(figures);
        ReliabilityReport.Add("business keys, redelivered", figures);
        Assert.Equal(Keys, created);
        Assert.Equal(Keys, runOfKey.Values.Distinct().Count());
    }

    [Fact]
    public async Task Concurrent_starts_of_one_key_report_every_duplicate_the_server_holds()
    {
        await using var emulator = await KognitosEmulator.StartAsync(FaultScenario.Build());
        var clients = Enumerable.Range(0, Clients).Select(_ => FaultScenario.Client(emulator)).ToArray();
        var reported = new ConcurrentBag<KognitosDuplicateRunException>();
        var returned = new ConcurrentBag<string>();

        await Task.WhenAll(Enumerable.Range(0, Starts).Select(async i =>
        {
            var key = KeyOf(i);
            try
            {
                var handle = await new EchoInvoice { InvoiceNumber = key, Amount = i % Keys }
                    .StartAsync(clients[i % Clients], new KognitosStartOptions { BusinessKey = key });
                returned.Add(handle.RunId);
            }
            catch (KognitosDuplicateRunException duplicate)
            {
                Assert.Equal(key, duplicate.BusinessKey);
                Assert.NotEqual(duplicate.Run.Id, duplicate.OtherRun.Id);
                reported.Add(duplicate);
            }
        }));

        foreach (var client in clients)
            client.Dispose();
        // What the server holds, per key (the invoice number is the key).
        var runsOfKey = emulator.Runs.GroupBy(run => run.Inputs.Single(input => input.Key == "invoice number").Value.GetString()!)
            .ToDictionary(group => group.Key, group => group.Select(run => run.Id).ToHashSet());
        var named = reported.SelectMany(d => new[] { d.Run.Id, d.OtherRun.Id }).ToHashSet();
        var duplicates = runsOfKey.Values.Sum(runs => runs.Count - 1);
        var unreported = runsOfKey.Values.Sum(runs => Math.Max(0, runs.Count(id => !named.Contains(id)) - 1));
        var figures = $"{Starts} starts of {Keys} keys at once from {Clients} clients: runs on the server {emulator.Runs.Count}, " +
            $"duplicates {duplicates}, reported to a caller {reported.Count} time(s), duplicates no caller was told of {unreported}";
        output.WriteLine(figures);
        ReliabilityReport.Add("business keys, concurrent", figures);
        Assert.Equal(Keys, runsOfKey.Count);
        Assert.Equal(0, unreported);
        Assert.Equal(duplicates > 0, !reported.IsEmpty);
        Assert.All(reported, d => Assert.Contains(d.OtherRun.Id, runsOfKey[d.BusinessKey]));
    }

    private static string KeyOf(int start) => $"INV-{start % Keys:000}";
}
