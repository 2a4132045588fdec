using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Waiting;

/// <summary>Reads one process's run list, newest first, only as far as the runs being waited on.</summary>
internal static class WaitedRunsListing
{
    public const int PageSize = 100;

    // Pages read beyond those the waited runs fill, for other runs of the process started in between.
    private const int SparePages = 10;

    // Runs this much older than the oldest waited run end the read (created_at has whole seconds, order is not assumed).
    private static readonly TimeSpan AgeMargin = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The waited runs the list shows, by ID. Stops when every one is found, the list ends, a whole page is older than
    /// the oldest waited run, or after as many pages as the waited runs could fill plus a few: a run not found by then
    /// is left to its own GET.
    /// </summary>
    public static async Task<Dictionary<string, KognitosRun>> ReadAsync(
        Func<KognitosRunQuery, string?, CancellationToken, Task<KognitosPage<KognitosRun>>> listPage,
        WatchedProcess process,
        IReadOnlyList<RunWaiter> waiters,
        CancellationToken cancellationToken)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        DateTimeOffset? oldest = DateTimeOffset.MaxValue;
        foreach (var waiter in waiters)
        {
            wanted.Add(waiter.RunId);
            oldest = waiter.CreatedAt is { } created && oldest is { } sofar ? (created < sofar ? created : sofar) : null;
        }

        var found = new Dictionary<string, KognitosRun>(StringComparer.Ordinal);
        var query = new KognitosRunQuery(process.AgentId, process.ProcessId) { Stage = process.Stage, PageSize = PageSize };
        var maxPages = wanted.Count / PageSize + SparePages;
        string? continuation = null;
        for (var page = 0; page < maxPages; page++)
        {
            var runs = await listPage(query, continuation, cancellationToken).ConfigureAwait(false);
            var allOlder = runs.Items.Count > 0 && oldest is not null;
            foreach (var run in runs.Items)
            {
                if (wanted.Contains(run.Id))
                    found[run.Id] = run;
                if (allOlder && !(run.CreatedAt is { } created && created < oldest!.Value - AgeMargin))
                    allOlder = false;
            }

            if (found.Count == wanted.Count || !runs.HasMore || allOlder)
                break;
            continuation = runs.ContinuationToken;
        }

        return found;
    }
}
