using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>
/// One page of the runs page, newest first, with the counts per status of every run the other filters pass. One pass
/// over the stored runs; only the page's runs are kept.
/// </summary>
internal sealed record RunListing(IReadOnlyList<ListedRun> Items, int Total, int[] CountsByStatus, int PageCount, int Page)
{
    public static RunListing Of(IReadOnlyList<StoredRun> runs, RunFilter filter, DateTimeOffset now)
    {
        var counts = new int[RunStatuses.All.Length];
        var items = new List<ListedRun>(filter.PageSize);
        var skip = (long)(filter.Page - 1) * filter.PageSize;
        var total = 0;
        for (var i = runs.Count - 1; i >= 0; i--)
        {
            var run = runs[i];
            if (!filter.MatchesAllButStatus(run))
                continue;
            var status = run.StatusAt(now);
            var index = RunStatuses.IndexOf(status);
            if (index >= 0)
                counts[index]++;
            if (filter.Status is not null && status != filter.Status)
                continue;
            if (total >= skip && items.Count < filter.PageSize)
                items.Add(new ListedRun(run, status));
            total++;
        }

        var pageCount = Math.Max(1, (total + filter.PageSize - 1) / filter.PageSize);
        return new RunListing(items, total, counts, pageCount, filter.Page);
    }
}
