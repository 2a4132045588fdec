using KognitosGen.Testing;

namespace KognitosGen.ReliabilityTests.Scale;

/// <summary>
/// Moves a test server's clock in even steps while work runs, each step only once the client has gone quiet (no new
/// request, no queued continuation). With a thousand waits each polling on its own, a clock that jumps whenever no
/// request is in flight would also jump past polls whose continuations are still queued on a busy machine, and
/// per-run polling would look cheaper than it is; stepping keeps every poll within one step of its schedule.
/// </summary>
public static class ClockStepper
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(2);

    public static async Task RunAsync(KognitosTestServer server, Task work, TimeSpan step, TimeSpan limit)
    {
        var moved = TimeSpan.Zero;
        while (!work.IsCompleted)
        {
            await SettleAsync(server);
            if (work.IsCompleted)
                break;
            if (moved >= limit)
                throw new TimeoutException($"The work did not finish within {limit} of virtual time.");
            server.Clock.Advance(step);
            moved += step;
        }

        await work;
    }

    private static async Task SettleAsync(KognitosTestServer server)
    {
        while (true)
        {
            var before = server.Emulator.Counters.TotalRequests;
            await Task.Delay(Quiet);
            if (before == server.Emulator.Counters.TotalRequests && ThreadPool.PendingWorkItemCount == 0)
                return;
        }
    }
}
