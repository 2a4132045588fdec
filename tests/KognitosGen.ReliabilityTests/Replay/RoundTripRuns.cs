using System.Collections.Concurrent;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Variants;

namespace KognitosGen.ReliabilityTests.Replay;

/// <summary>
/// The typed runs the round trip makes, the same against the recorded emulator and against the replay: echo runs
/// under faults, runs with a file, a run that fails, one that times out, a start the server refuses. Each outcome is
/// described in one line (status and bound outputs, or the typed failure), so two executions compare line by line.
/// </summary>
public static class RoundTripRuns
{
    public const int EchoRuns = 12;
    public const int ScanRuns = 3;
    public const string UnknownProcess = "n0pr0c3ss0000000000000001";

    public static async Task<IReadOnlyDictionary<string, string>> RunAsync(KognitosClient client, CancellationToken cancellationToken)
    {
        var outcomes = new ConcurrentDictionary<string, string>();
        var echoes = Enumerable.Range(0, EchoRuns).Select(i => ObserveAsync(outcomes, $"echo {i}", async () =>
        {
            var invoice = new EchoInvoice { InvoiceNumber = $"RT-{i:000}", Amount = i * 1.25m };
            var result = await invoice.RunAsync(client, cancellationToken: cancellationToken);
            return $"{result.Run.Status} {invoice.EchoedNumber} {invoice.Total}";
        }));
        var scans = Enumerable.Range(0, ScanRuns).Select(i => ObserveAsync(outcomes, $"scan {i}", async () =>
        {
            var reader = new ScanReader { Scan = KognitosFile.FromBytes("scan.pdf", [1, 2, 3]) };
            var result = await reader.RunAsync(client, cancellationToken: cancellationToken);
            return $"{result.Run.Status} {reader.TotalItems} items, {result.Run.FileIds?.Count} file";
        }));
        await Task.WhenAll(echoes.Concat(scans));

        await ObserveAsync(outcomes, "failing", async () => { await new FailingInvoice { InvoiceNumber = "F-1" }.RunAsync(client, cancellationToken: cancellationToken); return "succeeded"; });
        await ObserveAsync(outcomes, "timing out", async () => { await new TimingOutInvoice { InvoiceNumber = "T-1" }.RunAsync(client, cancellationToken: cancellationToken); return "succeeded"; });
        await ObserveAsync(outcomes, "refused start", async () =>
        {
            await client.CreateRunAsync(new KognitosCreateRunRequest { Name = "refused", AgentId = FaultScenario.Agent, ProcessId = UnknownProcess }, cancellationToken);
            return "started";
        });
        return outcomes;
    }

    private static async Task ObserveAsync(ConcurrentDictionary<string, string> outcomes, string label, Func<Task<string>> run)
    {
        try
        {
            outcomes[label] = await run();
        }
        catch (KognitosRunFailedException failed)
        {
            outcomes[label] = $"typed {nameof(KognitosRunFailedException)} {failed.Status}";
        }
        catch (KognitosApiException refused)
        {
            outcomes[label] = $"typed {nameof(KognitosApiException)} {refused.Kind} {refused.StatusCode}";
        }
        catch (Exception untyped)
        {
            outcomes[label] = $"untyped {untyped.GetType().Name}: {untyped.Message}";
        }
    }
}
