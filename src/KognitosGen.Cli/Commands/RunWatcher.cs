using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Cli.Commands;

/// <summary>
/// Polls a run until it finishes, reporting each status change. It polls <see cref="KognitosClient.GetRunAsync"/>
/// itself (with the client's polling intervals) because <see cref="KognitosClient.WaitForCompletionAsync(string, KognitosPollingOptions?, CancellationToken)"/> has
/// no way to tell a watcher what it saw in between.
/// </summary>
internal static class RunWatcher
{
    public static async Task<KognitosRun> WaitAsync(
        KognitosClient client, KognitosRun started, TimeSpan timeout, Action<KognitosRun> statusChanged, CancellationToken cancellationToken)
    {
        var polling = client.DefaultPolling;
        var interval = polling.InitialInterval;
        var clock = Stopwatch.StartNew();
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        var last = started;
        statusChanged(last);
        try
        {
            while (!last.IsTerminal)
            {
                var remaining = timeout - clock.Elapsed;
                if (remaining <= TimeSpan.Zero)
                    throw TimedOut(last, timeout);
                await Task.Delay(interval < remaining ? interval : remaining, deadline.Token);
                var current = await client.GetRunAsync(last.Id, deadline.Token);
                if (!string.Equals(current.StatusText, last.StatusText, StringComparison.Ordinal))
                    statusChanged(current);
                last = current;
                var next = TimeSpan.FromMilliseconds(Math.Max(1, interval.TotalMilliseconds) * polling.Multiplier);
                interval = next < polling.MaxInterval ? next : polling.MaxInterval;
            }

            return last;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(last, timeout);
        }
    }

    private static CliException TimedOut(KognitosRun last, TimeSpan timeout) => new(ExitCodes.WaitTimedOut,
        $"run {last.Id} was still {last.StatusText} after {Durations.Format(timeout)}; it goes on in Kognitos (kognitos runs shows it).");
}
