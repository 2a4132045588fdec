using System.Diagnostics;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// The documented concurrency limit (kognitos-api-v2.md 6.2): with at most 5 unfinished runs per agent, 50 typed runs
/// started at once all complete, each created once: every 403 "Resource Not Available" is a refusal the start rides
/// out with backoff, never a start that may have run (so none is counted twice).
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ConcurrencyLimitTests(ITestOutputHelper output)
{
    private const int Limit = 5;
    private const int Runs = 50;

    [Fact]
    public async Task Fifty_typed_runs_started_at_once_under_a_limit_of_five_all_complete_once()
    {
        var clock = Stopwatch.StartNew();
        var tally = new VariantTally();
        await using var emulator = await KognitosEmulator.StartAsync(VariantScenario.Build(new EmulatorVariants { ConcurrentRunLimit = Limit }));
        // A budget for waiting on slots: up to 40 retries of 20-200 ms each, far more than 10 rounds of 50 ms runs need.
        using var client = FaultScenario.Client(emulator, o =>
        {
            o.Retry.MaxRetries = 40;
            o.Retry.MaxDelay = TimeSpan.FromMilliseconds(200);
        });

        await Task.WhenAll(Enumerable.Range(0, Runs).Select(i => tally.ObserveAsync($"run {i}", async () =>
        {
            var number = $"L-{i:000}";
            var invoice = new EchoInvoice { InvoiceNumber = number, Amount = i + 0.5m };
            var result = await invoice.RunAsync(client);
            return result.Run.Status != KognitosRunStatus.Succeeded ? $"status {result.Run.StatusText}"
                : invoice.EchoedNumber != number || invoice.Total != i + 0.5m ? $"outputs {invoice.EchoedNumber}, {invoice.Total}"
                : null;
        })));

        var created = emulator.Counters.RunsCreatedFor(FaultScenario.Echo);
        var refused = emulator.Counters.StartsRefusedAtLimit;
        var figures = $"limit {Limit}, {Runs} typed runs started at once: completed {Runs - tally.Failures - tally.WrongOutputs}, " +
            $"runs {created}, duplicates {created - Runs}, refused at the limit {refused}, failures {tally.Failures} " +
            $"(untyped {tally.UntypedFailures}), wrong outputs {tally.WrongOutputs}, elapsed {clock.Elapsed.TotalSeconds:0.0} s";
        output.WriteLine(figures);
        foreach (var problem in tally.Problems)
            output.WriteLine(problem);
        ReliabilityReport.Add("concurrency limit", figures);

        Assert.True(tally.Problems.IsEmpty, string.Join(Environment.NewLine, tally.Problems.Take(10)));
        Assert.Equal(Runs, created);
        Assert.True(refused > 0, "no start met the limit");
    }
}
