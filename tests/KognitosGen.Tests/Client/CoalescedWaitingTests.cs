using System.Text.Json;
using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using KognitosGen.Wire;

namespace KognitosGen.Tests.Client;

/// <summary>
/// Concurrent waits on runs of one process share one polling loop over the process's run list, and each wait keeps
/// its own outcome: its run's outputs, its cancellation, its timeout.
/// </summary>
public sealed class CoalescedWaitingTests
{
    private const string Key = "coalescing-key";
    private const string Agent = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    private const string Quick = "qu1ckpr0c3ss0000000000001";
    private const string Slow = "sl0wpr0c3ss00000000000001";

    private static Task<KognitosEmulator> StartEmulatorAsync(bool listIncludesOutputs = false) =>
        KognitosEmulator.StartAsync(new EmulatorScenario { ListIncludesOutputs = listIncludesOutputs }
            .AddApiKey(Key)
            .AddAgent(Agent, agent => agent
                .AddProcess(Quick, "to finish soon", configureRun: run =>
                {
                    run.PendingMs = 20;
                    run.RunningMs = 150;
                    run.WithOutput("the output total", ScenarioOutput.FromInput("amount"));
                })
                .AddProcess(Slow, "to take forever", configureRun: run =>
                {
                    run.PendingMs = 10;
                    run.RunningMs = 3_600_000;
                })));

    private static KognitosClient ClientFor(KognitosEmulator emulator, Action<KognitosClientOptions>? configure = null)
    {
        var options = TestOptions.Fast(emulator.BaseAddress, Key);
        configure?.Invoke(options);
        return new KognitosClient(options);
    }

    private static Task<KognitosRun> StartAsync(KognitosClient client, string processId, int amount) =>
        client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = $"run {amount}",
            AgentId = Agent,
            ProcessId = processId,
            Stage = KognitosStage.Published,
            Inputs = [new KognitosNameValue { Name = "amount", Value = JsonSerializer.SerializeToElement(amount) }],
        });

    private static long Lists(KognitosEmulator emulator) => emulator.Counters.RequestsFor("GET", "/v2/runs");

    private static long Reads(KognitosEmulator emulator) => emulator.Counters.RequestsFor("GET", "/v2/runs/{run_id}");

    [Fact]
    public async Task Concurrent_waits_on_one_process_share_one_list_loop_and_each_gets_its_own_outputs()
    {
        const int runs = 30;
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator);
        var started = await Task.WhenAll(Enumerable.Range(0, runs).Select(i => StartAsync(client, Quick, i)));

        var finished = await Task.WhenAll(started.Select(run => client.WaitForCompletionAsync(run)));

        Assert.All(finished.Select((run, i) => (run, i)), pair =>
        {
            Assert.Equal(started[pair.i].Id, pair.run.Id);
            Assert.Equal(KognitosRunStatus.Succeeded, pair.run.Status);
            Assert.Equal(pair.i, (pair.run.TryGetOutput("the output total", out var total) ? total.Value.GetInt32() : -1));
        });
        Assert.True(Lists(emulator) > 0, "the waits never listed the process's runs");
        // The list leaves outputs out: each run is read once as it ended, plus looks taken while a wait was alone.
        Assert.True(Reads(emulator) < 2 * runs, $"{Reads(emulator)} run reads for {runs} runs");
        Assert.Equal(0, client.ActiveRunWatches);
    }

    [Fact]
    public async Task When_the_list_carries_outputs_finished_runs_are_not_read_again()
    {
        const int runs = 30;
        await using var emulator = await StartEmulatorAsync(listIncludesOutputs: true);
        using var client = ClientFor(emulator);
        var started = await Task.WhenAll(Enumerable.Range(0, runs).Select(i => StartAsync(client, Quick, i)));

        var finished = await Task.WhenAll(started.Select(run => client.WaitForCompletionAsync(run)));

        Assert.Equal(Enumerable.Range(0, runs), finished.Select(run => run.Outputs.Single().Value.GetInt32()));
        Assert.True(Reads(emulator) < runs / 2, $"{Reads(emulator)} run reads for {runs} runs whose list carried their outputs");
    }

    [Fact]
    public async Task A_run_finished_from_the_list_holds_its_own_bytes_not_the_page_it_was_listed_in()
    {
        const int runs = 10;
        await using var emulator = await StartEmulatorAsync(listIncludesOutputs: true);
        using var client = ClientFor(emulator);
        var started = await Task.WhenAll(Enumerable.Range(0, runs).Select(i => StartAsync(client, Quick, i)));

        var finished = await Task.WhenAll(started.Select(run => client.WaitForCompletionAsync(run)));

        Assert.True(Reads(emulator) < runs, "every run was read alone: none came from the list");
        var ids = started.Select(run => run.Id).ToList();
        Assert.All(finished, run =>
        {
            Assert.True(System.Runtime.InteropServices.MemoryMarshal.TryGetArray(run.RawUtf8, out var bytes), "the run's body is not an array");
            var held = System.Text.Encoding.UTF8.GetString(bytes.Array!);
            // A slice of the page would keep every run of the page alive, and show their IDs.
            Assert.DoesNotContain(ids, id => id != run.Id && held.Contains(id, StringComparison.Ordinal));
            using var own = JsonDocument.Parse(run.RawJson!);
            Assert.Equal(run.Id, own.RootElement.GetProperty("id").GetString());
        });
    }

    [Fact]
    public async Task Waits_by_run_id_look_once_on_their_own_then_join_the_shared_loop()
    {
        const int runs = 10;
        await using var emulator = await StartEmulatorAsync(listIncludesOutputs: true);
        using var client = ClientFor(emulator);
        var started = await Task.WhenAll(Enumerable.Range(0, runs).Select(i => StartAsync(client, Quick, i)));

        var finished = await Task.WhenAll(started.Select(run => client.WaitForCompletionAsync(run.Id)));

        Assert.Equal(Enumerable.Range(0, runs), finished.Select(run => run.Outputs.Single().Value.GetInt32()));
        Assert.True(Lists(emulator) > 0);
    }

    [Fact]
    public async Task Without_coalescing_each_wait_polls_its_own_run()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator, o => o.Polling.CoalesceWaits = false);
        var started = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => StartAsync(client, Quick, i)));

        await Task.WhenAll(started.Select(run => client.WaitForCompletionAsync(run)));

        Assert.Equal(0, Lists(emulator));
        Assert.True(Reads(emulator) >= 5);
    }

    [Fact]
    public async Task Cancelling_one_coalesced_wait_stops_it_at_once_while_the_others_finish()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator);
        var slow = await StartAsync(client, Slow, 0);
        var quick = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => StartAsync(client, Quick, i)));
        using var cancel = new CancellationTokenSource();

        var cancelled = client.WaitForCompletionAsync(slow, cancellationToken: cancel.Token);
        var others = quick.Select(run => client.WaitForCompletionAsync(run)).ToArray();
        await Task.Delay(50);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        var finished = await Task.WhenAll(others);
        Assert.All(finished, run => Assert.Equal(KognitosRunStatus.Succeeded, run.Status));
        Assert.Equal(0, client.ActiveRunWatches);
    }

    [Fact]
    public async Task Cancelling_every_coalesced_wait_leaves_nothing_polling()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator);
        var slow = await Task.WhenAll(Enumerable.Range(0, 10).Select(i => StartAsync(client, Slow, i)));
        using var cancel = new CancellationTokenSource();

        var waits = slow.Select(run => client.WaitForCompletionAsync(run, cancellationToken: cancel.Token)).ToArray();
        while (Lists(emulator) < 3)
            await Task.Delay(10);
        await cancel.CancelAsync();
        foreach (var wait in waits)
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.Equal(0, client.ActiveRunWatches);
        // A poll already on the wire when the waits were cancelled can still reach the emulator after they return;
        // once that has landed, nothing may follow it.
        var afterCancel = await SettledRequestCountAsync(emulator);
        await Task.Delay(300);

        Assert.Equal(afterCancel, emulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task A_cancelled_wait_leaves_the_shared_loop_at_once_and_the_loop_goes_with_the_last()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator);
        var slow = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => StartAsync(client, Slow, i)));
        using var some = new CancellationTokenSource();
        using var rest = new CancellationTokenSource();

        // Started from runs it holds, each wait joins the loop before WaitForCompletionAsync returns its task.
        var cancelledFirst = slow.Take(5).Select(run => client.WaitForCompletionAsync(run, cancellationToken: some.Token)).ToArray();
        var cancelledLast = slow.Skip(5).Select(run => client.WaitForCompletionAsync(run, cancellationToken: rest.Token)).ToArray();
        Assert.Equal(12, client.WaitsInRunWatches);
        Assert.Equal(1, client.ActiveRunWatches);

        await some.CancelAsync();
        Assert.Equal(7, client.WaitsInRunWatches);
        foreach (var wait in cancelledFirst)
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
        Assert.All(cancelledLast, wait => Assert.False(wait.IsCompleted));

        await rest.CancelAsync();
        Assert.Equal(0, client.WaitsInRunWatches);
        Assert.Equal(0, client.ActiveRunWatches);
        foreach (var wait in cancelledLast)
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => wait);
    }

    [Fact]
    public async Task A_wait_whose_token_is_already_cancelled_never_joins_the_loop()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator);
        var slow = await StartAsync(client, Slow, 0);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => client.WaitForCompletionAsync(slow, cancellationToken: new CancellationToken(canceled: true)));

        Assert.Equal(0, client.WaitsInRunWatches);
        Assert.Equal(0, client.ActiveRunWatches);
    }

    private static async Task<long> SettledRequestCountAsync(KognitosEmulator emulator)
    {
        var count = emulator.Counters.TotalRequests;
        for (var look = 0; look < 40; look++)
        {
            await Task.Delay(50);
            var now = emulator.Counters.TotalRequests;
            if (now == count)
                return now;
            count = now;
        }

        throw new InvalidOperationException($"requests kept arriving for two seconds after every wait was cancelled ({count} so far)");
    }

    [Fact]
    public async Task A_wait_that_times_out_reports_its_last_look_while_the_others_go_on()
    {
        await using var emulator = await StartEmulatorAsync();
        using var client = ClientFor(emulator);
        var slow = await StartAsync(client, Slow, 0);
        var quick = await Task.WhenAll(Enumerable.Range(1, 5).Select(i => StartAsync(client, Quick, i)));
        var shortWait = new KognitosPollingOptions
        {
            InitialInterval = TimeSpan.FromMilliseconds(5),
            MaxInterval = TimeSpan.FromMilliseconds(20),
            Timeout = TimeSpan.FromMilliseconds(200),
        };

        var timedOut = client.WaitForCompletionAsync(slow, shortWait);
        var others = quick.Select(run => client.WaitForCompletionAsync(run)).ToArray();

        var error = await Assert.ThrowsAsync<KognitosWaitTimeoutException>(() => timedOut);
        Assert.Equal(slow.Id, error.Run.Id);
        Assert.False(error.Run.IsTerminal);
        Assert.Equal(TimeSpan.FromMilliseconds(200), error.Timeout);
        Assert.All(await Task.WhenAll(others), run => Assert.Equal(KognitosRunStatus.Succeeded, run.Status));
    }

    [Fact]
    public async Task A_run_the_list_does_not_show_is_polled_on_its_own()
    {
        var readsOfHidden = 0;
        await using var server = await LoopbackServer.StartAsync(context =>
        {
            var path = context.Request.Path.Value;
            if (path == "/v2/runs")
            {
                // The list shows the shown run only, on one page: the hidden one is older than anything it reads.
                return Responses.Json(context, $$"""{"items": [{{Responses.Run("shown", "Succeeded", """[{"name": "the output total", "value": 1}]""")}}], "continuation_token": null}""");
            }

            if (path == "/v2/runs/hidden")
            {
                var read = Interlocked.Increment(ref readsOfHidden);
                return Responses.Json(context, Responses.Run("hidden", read < 3 ? "Running" : "Succeeded", """[{"name": "the output total", "value": 2}]"""));
            }

            return Responses.Error(context, 404, "The specified run was not found");
        });
        using var client = server.CreateClient();

        var hidden = client.WaitForCompletionAsync(RunFrom(Responses.Run("hidden", "Running")));
        var shown = client.WaitForCompletionAsync(RunFrom(Responses.Run("shown", "Running")));
        var runs = await Task.WhenAll(hidden, shown);

        Assert.Equal(2, runs[0].Outputs.Single().Value.GetInt32());
        Assert.Equal(1, runs[1].Outputs.Single().Value.GetInt32());
        Assert.True(readsOfHidden >= 1);
        Assert.Contains(server.Requests, r => r.Path == "/v2/runs");
    }

    [Fact]
    public async Task A_list_that_fails_fails_the_waits_it_served_as_a_failed_poll_would()
    {
        await using var server = await LoopbackServer.StartAsync(context =>
            context.Request.Path.Value == "/v2/runs"
                ? Responses.Error(context, 403, "access not permitted")
                : Responses.Json(context, Responses.Run("r", "Running")));
        using var client = server.CreateClient();

        var waits = new[] { "a", "b" }.Select(id => client.WaitForCompletionAsync(RunFrom(Responses.Run(id, "Running")))).ToArray();

        foreach (var wait in waits)
        {
            var error = await Assert.ThrowsAsync<KognitosApiException>(() => wait);
            Assert.Equal(403, error.StatusCode);
        }

        Assert.Equal(0, client.ActiveRunWatches);
    }

    private static KognitosRun RunFrom(string json) => RunReader.ReadRun(System.Text.Encoding.UTF8.GetBytes(json))!;
}
