using System.Diagnostics;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Faults;
using KognitosGen.ReliabilityTests.Infrastructure;
using Xunit.Abstractions;

namespace KognitosGen.ReliabilityTests.Variants;

/// <summary>
/// The fault suite once per combination of readings where the docs are silent (<see cref="VariantMatrix"/>): typed
/// runs under faults, starts whose answers are lost after and before the server handled them, waits that end in each
/// terminal state, both stages of one process with their own outcomes, a file, the bad answers, health. Each variant adds one line to the report: runs, duplicates, failures.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class VariantMatrixTests(ITestOutputHelper output)
{
    private const int Concurrency = 32;
    private const string UnknownKey = "unknown-key-5b0e9d";

    private static readonly FaultSettings FaultMix = FaultScenario.StandardMix();

    [Theory]
    [MemberData(nameof(VariantMatrix.Names), MemberType = typeof(VariantMatrix))]
    public async Task The_fault_suite_keeps_every_guarantee_under(string variant)
    {
        var variantCase = VariantMatrix.Named(variant);
        var clock = Stopwatch.StartNew();
        var tally = new VariantTally();
        // The runs beforehand are a day old, as a process's history is: a lookup must not mistake them for the end.
        var history = new ShiftedClock { Shift = TimeSpan.FromDays(-1) };
        await using var emulator = await KognitosEmulator.StartAsync(VariantScenario.Build(variantCase.Variants),
            new KognitosEmulatorOptions { TimeProvider = history });
        using var client = FaultScenario.Client(emulator, o =>
        {
            o.RunListingLag = VariantMatrix.ListingLagBound;
            o.Polling.Timeout = TimeSpan.FromMinutes(1);
            variantCase.Client?.Invoke(o);
        });
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(4));

        var echoStarts = await StartBeforehandAsync(client, variantCase.RunsBeforehand);
        history.Shift = TimeSpan.Zero;

        emulator.Faults = FaultMix;
        var runs = ReliabilityScale.Scaled(100);
        await EchoRunsAsync(client, tally, "faults", runs, deadline.Token);
        echoStarts += runs;

        const int FileRuns = 10;
        await ScanRunsAsync(client, tally, "files under faults", FileRuns, deadline.Token);

        const int Dropped = 20;
        emulator.Faults = new FaultSettings { Seed = ReliabilityScale.Seed, DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] };
        var postsBefore = emulator.Counters.RequestsFor("POST", "/v2/runs");
        await EchoRunsAsync(client, tally, "dropped after handling", Dropped, deadline.Token);
        var resent = emulator.Counters.RequestsFor("POST", "/v2/runs") - postsBefore - Dropped;
        echoStarts += Dropped;

        const int Lost = 10;
        emulator.Faults = new FaultSettings { Seed = ReliabilityScale.Seed, DropBeforeHandlingRate = 0.5, Methods = ["POST"], Paths = ["/v2/runs"] };
        await EchoRunsAsync(client, tally, "dropped before handling", Lost, deadline.Token);
        echoStarts += Lost;

        emulator.Faults = FaultSettings.None;
        await CheckEndingsAsync(client, tally);
        await CheckBadAnswersAsync(emulator, tally);
        await tally.ObserveAsync("health", async () => await HealthReadsAsync(client, variantCase.Variants.HealthStatus));

        var created = emulator.Counters.RunsCreatedFor(FaultScenario.Echo);
        var duplicates = created - echoStarts
            + emulator.Counters.RunsCreatedFor(VariantScenario.Failing) - 1
            + emulator.Counters.RunsCreatedFor(VariantScenario.TimingOut) - 1
            + emulator.Counters.RunsCreatedFor(VariantScenario.Scans) - 1 - FileRuns
            + emulator.Counters.RunsCreatedFor(VariantScenario.BothStages) - 2;
        var figures = $"[{variantCase.Variants}] runs {created}, duplicates {duplicates}, failures {tally.Failures} " +
            $"(untyped {tally.UntypedFailures}), wrong outputs {tally.WrongOutputs}, checks {tally.Operations}, " +
            $"lost starts re-sent {resent}, elapsed {clock.Elapsed.TotalSeconds:0.0} s";
        output.WriteLine(figures);
        foreach (var problem in tally.Problems)
            output.WriteLine(problem);
        ReliabilityReport.Add("variant " + variant, figures);

        Assert.True(tally.Problems.IsEmpty, string.Join(Environment.NewLine, tally.Problems.Take(10)));
        Assert.Equal(0, duplicates);
        Assert.Equal(0, resent);
    }

    /// <summary>The health the variant reports, returned (not thrown) whatever its code, and healthy only when OK.</summary>
    private static async Task<string?> HealthReadsAsync(KognitosClient client, string reported)
    {
        var health = await client.GetHealthAsync();
        return health.Status != reported ? $"health read as '{health.Status}' instead of '{reported}'"
            : health.IsHealthy != (reported == "OK") ? $"health '{reported}' read as healthy {health.IsHealthy}"
            : null;
    }

    /// <summary>Plain starts without faults, so that later lookups page through a longer list.</summary>
    private static async Task<int> StartBeforehandAsync(KognitosClient client, int count)
    {
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                await client.CreateRunAsync(new KognitosCreateRunRequest
                {
                    Name = $"beforehand {i}",
                    AgentId = FaultScenario.Agent,
                    ProcessId = FaultScenario.Echo,
                    Inputs = [],
                });
            }
            finally
            {
                gate.Release();
            }
        }));
        return count;
    }

    private static async Task EchoRunsAsync(KognitosClient client, VariantTally tally, string phase, int count, CancellationToken cancellationToken)
    {
        using var gate = new SemaphoreSlim(Concurrency);
        await Task.WhenAll(Enumerable.Range(0, count).Select(async i =>
        {
            await gate.WaitAsync(cancellationToken);
            try
            {
                var number = $"{phase[0]}-{i:00000}";
                await tally.ObserveAsync($"{phase} run {i}", async () =>
                {
                    var invoice = new EchoInvoice { InvoiceNumber = number, Amount = i * 1.25m };
                    var result = await invoice.RunAsync(client, cancellationToken: cancellationToken);
                    return result.Run.Status != KognitosRunStatus.Succeeded ? $"status {result.Run.StatusText}"
                        : invoice.EchoedNumber != number || invoice.Total != i * 1.25m ? $"outputs {invoice.EchoedNumber}, {invoice.Total}"
                        : null;
                });
            }
            finally
            {
                gate.Release();
            }
        }));
    }

    /// <summary>Runs with a file, each step of which (slot, upload, start, polls) rides out the faults in force.</summary>
    private static async Task ScanRunsAsync(KognitosClient client, VariantTally tally, string phase, int count, CancellationToken cancellationToken)
    {
        await Task.WhenAll(Enumerable.Range(0, count).Select(i => tally.ObserveAsync($"{phase} run {i}", async () =>
        {
            var reader = new ScanReader { Scan = KognitosFile.FromBytes($"scan-{i}.pdf", [1, 2, (byte)i]) };
            var result = await reader.RunAsync(client, cancellationToken: cancellationToken);
            return reader.TotalItems == 1 && result.Run.FileIds is [{ Length: > 0 }] ? null : $"total items {reader.TotalItems}, file IDs {result.Run.FileIds?.Count}";
        })));
    }

    /// <summary>Waits end in the run's own terminal state however it is spelled, and a file's outputs bind.</summary>
    private static async Task CheckEndingsAsync(KognitosClient client, VariantTally tally)
    {
        await tally.ObserveAsync("a failing run", () => EndsAsync(() => new FailingInvoice { InvoiceNumber = "F-1" }.RunAsync(client), KognitosRunStatus.Failed));
        await tally.ObserveAsync("a timing-out run", () => EndsAsync(() => new TimingOutInvoice { InvoiceNumber = "T-1" }.RunAsync(client), KognitosRunStatus.TimedOut));
        await tally.ObserveAsync("the Published stage of a process in both stages", async () =>
        {
            var approval = new PublishedApproval { InvoiceNumber = "B-1" };
            var result = await approval.RunAsync(client);
            return approval.Approved && result.Run.Stage == KognitosStage.Published ? null : $"approved {approval.Approved}, stage {result.Run.Stage}";
        });
        await tally.ObserveAsync("the Draft stage of the same process", () => EndsAsync(() => new DraftApproval { InvoiceNumber = "B-2" }.RunAsync(client), KognitosRunStatus.Failed));
        await tally.ObserveAsync("a run with a file", async () =>
        {
            var reader = new ScanReader { Scan = KognitosFile.FromBytes("scan.pdf", [1, 2, 3]) };
            var result = await reader.RunAsync(client);
            return reader.TotalItems == 1 && result.Run.FileIds is [{ Length: > 0 }] ? null : $"total items {reader.TotalItems}, file IDs {result.Run.FileIds?.Count}";
        });
    }

    private static async Task<string?> EndsAsync(Func<Task> run, KognitosRunStatus expected)
    {
        try
        {
            await run();
            return $"succeeded instead of ending {expected}";
        }
        catch (KognitosRunFailedException failed)
        {
            return failed.Status == expected && failed.Run.IsTerminal ? null : $"ended {failed.Run.StatusText}, read as {failed.Status}";
        }
    }

    /// <summary>Each refusal and fault, in whatever body the variant writes, is a typed error with its raw body and without the key.</summary>
    private static async Task CheckBadAnswersAsync(KognitosEmulator emulator, VariantTally tally)
    {
#pragma warning disable KOG0010 // Keys the in-process emulator made up (or does not know), not secrets.
        using var unknownKey = FaultScenario.Client(emulator, o => o.ApiKey = UnknownKey);
        using var agentKey = FaultScenario.Client(emulator, o => o.ApiKey = VariantScenario.AgentKey);
#pragma warning restore KOG0010
        using var noRetries = FaultScenario.Client(emulator, o => o.Retry.MaxRetries = 0);

        await tally.ObserveAsync("401", () => FailsTypedAsync(() => unknownKey.ListProcessesPageAsync(FaultScenario.Agent), 401, UnknownKey));
        await tally.ObserveAsync("403", () => FailsTypedAsync(() => agentKey.ListProcessesPageAsync(VariantScenario.OtherAgent), 403, VariantScenario.AgentKey));
        await tally.ObserveAsync("404", () => FailsTypedAsync(() => noRetries.GetRunAsync("zzzzzzzzzzzzzzzzzzzzzzzzz"), 404, FaultScenario.Key));
        emulator.Faults = new FaultSettings { RateLimitRate = 1, RetryAfterSeconds = 2 };
        await tally.ObserveAsync("429", async () =>
            await FailsTypedAsync(() => noRetries.GetRunAsync("zzzzzzzzzzzzzzzzzzzzzzzzz"), 429, FaultScenario.Key)
            ?? (emulator.Counters.FaultsInjected(FaultKind.RateLimited) > 0 ? null : "no 429 was sent"));
        emulator.Faults = new FaultSettings { ServiceUnavailableRate = 1 };
        await tally.ObserveAsync("503", () => FailsTypedAsync(() => noRetries.GetRunAsync("zzzzzzzzzzzzzzzzzzzzzzzzz"), 503, FaultScenario.Key));
        emulator.Faults = FaultSettings.None;
    }

    private static async Task<string?> FailsTypedAsync(Func<Task> call, int status, string key)
    {
        try
        {
            await call();
            return $"no {status}";
        }
        catch (KognitosApiException error)
        {
            if (error.Kind != KognitosFailureKind.HttpError || error.StatusCode != status)
                return $"{error.Kind} {error.StatusCode} instead of HttpError {status}";
            if (string.IsNullOrEmpty(error.RawBody))
                return "the raw body is missing";
            if (status == 429 && error.RetryAfter != TimeSpan.FromSeconds(2))
                return $"Retry-After read as {error.RetryAfter}";
            if (error.Message.Contains(key, StringComparison.Ordinal) || error.ToString().Contains(key, StringComparison.Ordinal))
                return "the API key appears in the error";
            return null;
        }
    }
}
