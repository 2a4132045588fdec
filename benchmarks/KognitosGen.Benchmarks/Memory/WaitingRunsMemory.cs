using System.Diagnostics;
using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Benchmarks.TestKit;
using KognitosGen.Testing;

namespace KognitosGen.Benchmarks.Memory;

/// <summary>
/// Issue 31, goal 5: what a run costs while a client waits on it. 10,000 typed runs of an hour are started through one
/// client of the test kit's emulator, on its virtual clock held still; their handles are kept throughout. The heap after
/// a full collection is read with every handle started (the baseline: handles, the emulator's stored runs), again
/// with all 10,000 waiting, again after every wait was cancelled, and again after all of them waited to the end (the
/// clock moved past the runs' hour; the results dropped). Per run: the difference from the baseline / 10,000.
/// </summary>
/// <remarks>
/// The process's first 10,000 waits grow shared pools of the runtime once, to a size they keep for reuse: the thread
/// pool's work queues (10,000 continuations queued at once when the waits end) and ArrayPool&lt;byte&gt;.Shared (the
/// buffers the shared loop's list reads rent). That is a fixed amount, not one per run, and the same for any code
/// that does this much at once; so a first round on 10,000 runs of its own runs before the baseline, and is reported
/// apart (<see cref="Result.FirstRound"/>). The rows count what the measured round leaves per run.
/// </remarks>
public static class WaitingRunsMemory
{
    public const int Runs = 10_000;

    /// <summary>One round of 10,000 waits, per run against the heap with their handles started.</summary>
    /// <param name="WaitingBytesPerRun">With all 10,000 waiting.</param>
    /// <param name="CancelledBytesPerRun">After every wait was cancelled (the token source dropped).</param>
    /// <param name="FinishedBytesPerRun">After every wait finished, results dropped, handles kept.</param>
    public sealed record Round(double WaitingBytesPerRun, double CancelledBytesPerRun, double FinishedBytesPerRun);

    /// <param name="Measured">The round the goal rows count (the process's second).</param>
    /// <param name="FirstRound">The process's first round, on runs of its own: the shared pools grow in it.</param>
    /// <param name="BoundOutputsBytesPerRun">
    /// What a process object holds once its 12 outputs are bound (measured by binding 10,000 fresh objects from the
    /// same run): a finished wait binds them onto the handle's process, which the handle keeps, as it should.
    /// </param>
    /// <param name="RunJsonBytes">The run's own JSON, as <c>GET /v2/runs/{id}</c> answers while it runs.</param>
    /// <param name="ConnectionsAfterWaiting">
    /// Established TCP connections of this process to the emulator (both ends count) after the waits, as the heap is
    /// read: the HTTP connections the finishing reads opened stay pooled, idle, for a minute, and hold buffers.
    /// </param>
    /// <param name="ConnectionsAfterCancelling">The same after every wait was cancelled.</param>
    public sealed record Result(
        Round Measured, Round FirstRound, double BoundOutputsBytesPerRun, int RunJsonBytes,
        int ConnectionsAfterWaiting, int ConnectionsAfterCancelling)
    {
        public double WaitingBytesPerRun => Measured.WaitingBytesPerRun;

        public double CancelledBytesPerRun => Measured.CancelledBytesPerRun;

        public double FinishedBytesPerRun => Measured.FinishedBytesPerRun;

        /// <summary>What finished waits leave beyond the outputs bound onto the processes the handles hold.</summary>
        public double LeftAfterFinishingBytesPerRun => FinishedBytesPerRun - BoundOutputsBytesPerRun;
    }

    public static async Task<Result> MeasureAsync()
    {
        await using var kit = await KognitosTestServer.StartAsync(new KognitosTestServerOptions { AutoAdvanceTime = false }).ConfigureAwait(false);
        kit.Process<InvoiceReview>().Returns(InvoiceReviewRun.Outputs()).Taking(TimeSpan.FromHours(1));
        var client = kit.Client;

        var first = await RoundAsync(kit, await StartRunsAsync(client).ConfigureAwait(false)).ConfigureAwait(false);

        var handles = await StartRunsAsync(client).ConfigureAwait(false);
        var runJson = (await client.GetRunAsync(handles[0].RunId).ConfigureAwait(false)).RawUtf8.Length;
        var measured = await RoundAsync(kit, handles).ConfigureAwait(false);
        var outputs = await BoundOutputsBytesAsync(await client.GetRunAsync(handles[0].RunId).ConfigureAwait(false)).ConfigureAwait(false);
        GC.KeepAlive(handles);
        return new Result(measured.Round, first.Round, outputs, runJson, measured.ConnectionsAfterWaiting, measured.ConnectionsAfterCancelling);
    }

    private static async Task<KognitosRunHandle<InvoiceReview>[]> StartRunsAsync(KognitosClient client)
    {
        var handles = new KognitosRunHandle<InvoiceReview>[Runs];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(async () =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < Runs)
                handles[i] = await client.StartAsync(InvoiceReviewRun.Input()).ConfigureAwait(false);
        }))).ConfigureAwait(false);
        return handles;
    }

    private static async Task<(Round Round, int ConnectionsAfterWaiting, int ConnectionsAfterCancelling)> RoundAsync(
        KognitosTestServer kit, KognitosRunHandle<InvoiceReview>[] handles)
    {
        // One wait alone first, so the client's waiting path is warm and its one-off state is in the baseline.
        using (var warm = new CancellationTokenSource())
        {
            var one = handles[0].WaitAsync(cancellationToken: warm.Token);
            await Task.Delay(200).ConfigureAwait(false);
            await warm.CancelAsync().ConfigureAwait(false);
            await Quietly(one).ConfigureAwait(false);
        }

        var baseline = await SettledHeapAsync().ConfigureAwait(false);

        var cancel = new CancellationTokenSource();
        var waits = StartWaits(handles, cancel.Token);
        await Task.Delay(1000).ConfigureAwait(false);
        var waiting = await SettledHeapAsync().ConfigureAwait(false);
        await cancel.CancelAsync().ConfigureAwait(false);
        foreach (var wait in waits)
            await Quietly(wait).ConfigureAwait(false);
        waits = null;
        // The token source keeps the nodes of the registrations its waits made and disposed, for reuse (about 100
        // bytes each): the caller's, not the client's, so it goes before the heap is read.
        cancel.Dispose();
        cancel = null;
        var cancelled = await SettledHeapAsync().ConfigureAwait(false);
        var connectionsAfterCancelling = Connections(kit.BaseAddress.Port);

        var finishing = StartWaits(handles, CancellationToken.None);
        await Task.Delay(500).ConfigureAwait(false);
        var all = Task.WhenAll(finishing);
        // Past the runs' hour in steps of 30 minutes, then on in steps of the longest poll interval for as long as
        // looks remain (the shared loop's next look needs the clock to move after it). Each step waits until the
        // reads it set off are over: a read in flight while the clock moves on would outlast its attempt's timeout
        // on the kit's clock (RequestTimeout, 100 s) and be sent again, and a finished run read twice keeps its body
        // in the emulator, which is this process's heap too (193 runs' bodies in a census of a round that read 81 B).
        var wall = Stopwatch.StartNew();
        for (var step = 0; !all.IsCompleted && wall.Elapsed < TimeSpan.FromMinutes(5); step++)
        {
            kit.Clock.Advance(step < 4 ? TimeSpan.FromMinutes(30) : TimeSpan.FromSeconds(10));
            await ReadsSettledAsync(kit, all).ConfigureAwait(false);
        }

        if (!all.IsCompletedSuccessfully)
        {
            var failed = finishing.FirstOrDefault(wait => wait.IsFaulted)?.Exception?.InnerException;
            throw new InvalidOperationException(
                $"The waits did not finish after the clock moved past the runs' hour: {finishing.Count(wait => wait.IsCompletedSuccessfully)} of {Runs} finished, " +
                $"{finishing.Count(wait => wait.IsFaulted)} failed{(failed is null ? "" : $" (first: {failed.Message})")}; {kit.Client.WaitsInRunWatches} still in the shared loop.", failed);
        }

        all = null;
        finishing = null;
        var finished = await SettledHeapAsync().ConfigureAwait(false);
        var connectionsAfterWaiting = Connections(kit.BaseAddress.Port);
        return (new Round((waiting - baseline) / (double)Runs, (cancelled - baseline) / (double)Runs, (finished - baseline) / (double)Runs),
            connectionsAfterWaiting, connectionsAfterCancelling);
    }

    public static void Print(Result r)
    {
        Console.WriteLine();
        Console.WriteLine($"{Runs:N0} typed runs through one client, handles kept; the heap after a full collection against the heap with every handle started, per run (the process's second round of waits: the first grows the runtime's shared pools once):");
        Console.WriteLine("| While | Per run |");
        Console.WriteLine("| --- | ---: |");
        Console.WriteLine($"| all waiting | {Reporting.Units.Bytes(r.WaitingBytesPerRun)} |");
        Console.WriteLine($"| after every wait was cancelled | {Reporting.Units.Bytes(r.CancelledBytesPerRun)} |");
        Console.WriteLine($"| after every wait finished (results dropped) | {Reporting.Units.Bytes(r.FinishedBytesPerRun)} |");
        Console.WriteLine($"| (of which the 12 outputs bound onto each handle's process) | {Reporting.Units.Bytes(r.BoundOutputsBytesPerRun)} |");
        Console.WriteLine($"| (the run's own JSON) | {Reporting.Units.Bytes(r.RunJsonBytes)} |");
        Console.WriteLine($"| (the process's first round, on runs of its own: waiting, cancelled, finished, finished beyond the bound outputs) | {Reporting.Units.Bytes(r.FirstRound.WaitingBytesPerRun)}, {Reporting.Units.Bytes(r.FirstRound.CancelledBytesPerRun)}, {Reporting.Units.Bytes(r.FirstRound.FinishedBytesPerRun)}, {Reporting.Units.Bytes(r.FirstRound.FinishedBytesPerRun - r.BoundOutputsBytesPerRun)} |");
        Console.WriteLine($"Loopback connections to the emulator, both ends: {r.ConnectionsAfterCancelling} after cancelling, {r.ConnectionsAfterWaiting} after the waits finished.");
    }

    // Until the emulator has taken no request for 100 ms (or every wait is over): the reads a clock step set off end
    // in bursts, a look's pages one after another, then its runs' GETs.
    // (At most 10 s a step, so that reads that never stop cannot hold the round: the round's own limit then decides.)
    private static async Task ReadsSettledAsync(KognitosTestServer kit, Task all)
    {
        var step = Stopwatch.StartNew();
        long before;
        do
        {
            before = kit.Emulator.Counters.TotalRequests;
            await Task.WhenAny(all, Task.Delay(100)).ConfigureAwait(false);
        }
        while (!all.IsCompleted && kit.Emulator.Counters.TotalRequests != before && step.Elapsed < TimeSpan.FromSeconds(10));
    }

    private static int Connections(int port) =>
        System.Net.NetworkInformation.IPGlobalProperties.GetIPGlobalProperties().GetActiveTcpConnections()
            .Count(c => c.State == System.Net.NetworkInformation.TcpState.Established && (c.LocalEndPoint.Port == port || c.RemoteEndPoint.Port == port));

    private static async Task<double> BoundOutputsBytesAsync(KognitosRun finished)
    {
        var processes = Enumerable.Range(0, Runs).Select(_ => InvoiceReviewRun.Input()).ToArray();
        var unbound = await SettledHeapAsync().ConfigureAwait(false);
        foreach (var process in processes)
            ((IKognitosProcess)process).BindOutputs(finished);
        var bound = await SettledHeapAsync().ConfigureAwait(false);
        GC.KeepAlive(processes);
        return (bound - unbound) / (double)Runs;
    }

    private static Task<KognitosRunResult<InvoiceReview>>[] StartWaits(KognitosRunHandle<InvoiceReview>[] handles, CancellationToken token) =>
        handles.Select(h => h.WaitAsync(cancellationToken: token)).ToArray();

    private static async Task Quietly(Task wait)
    {
        try
        {
            await wait.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }
    }

    // Full blocking compacting collections until the heap stops shrinking; a pause between lets timers and
    // continuations that were already due run out.
    private static async Task<long> SettledHeapAsync()
    {
        long last = long.MaxValue;
        for (var i = 0; i < 5; i++)
        {
            await Task.Delay(100).ConfigureAwait(false);
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            var now = GC.GetTotalMemory(forceFullCollection: false);
            if (now >= last - 4096)
                return now;
            last = now;
        }

        return last;
    }
}
