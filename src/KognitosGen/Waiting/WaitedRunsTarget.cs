using System;
using System.Collections.Generic;
using KognitosGen.RunList;

namespace KognitosGen.Waiting;

/// <summary>
/// A run list search for the runs being waited on, by ID, in one process's list read newest first. It ends when every
/// one is found, a whole page is older than the oldest waited run, or after as many pages as the waited runs could
/// fill plus a few: a run not found by then is left to its own GET.
/// </summary>
internal sealed class WaitedRunsTarget : RunListSearchTarget
{
    public const int PageSize = 100;

    // Pages read beyond those the waited runs fill, for other runs of the process started in between.
    private const int SparePages = 10;

    // Runs this much older than the oldest waited run end the read (created_at has whole seconds, order is not assumed).
    private static readonly TimeSpan AgeMargin = TimeSpan.FromMinutes(1);

    private readonly HashSet<string> _wanted = new(StringComparer.Ordinal);
    private readonly DateTimeOffset? _oldest;

    public WaitedRunsTarget(IReadOnlyList<RunWaiter> waiters)
    {
        DateTimeOffset? oldest = DateTimeOffset.MaxValue;
        foreach (var waiter in waiters)
        {
            _wanted.Add(waiter.RunId);
            oldest = waiter.CreatedAt is { } created && oldest is { } sofar ? (created < sofar ? created : sofar) : null;
        }

        _oldest = oldest;
    }

    /// <summary>The waited runs the list showed, by ID.</summary>
    public Dictionary<string, KognitosRun> Found { get; } = new(StringComparer.Ordinal);

    public override int MaxPages => _wanted.Count / PageSize + SparePages;

    public override bool Examine(KognitosPage<KognitosRun> page)
    {
        var allOlder = page.Items.Count > 0 && _oldest is not null;
        foreach (var run in page.Items)
        {
            if (_wanted.Contains(run.Id))
                Found[run.Id] = run;
            if (allOlder && !(run.CreatedAt is { } created && created < _oldest!.Value - AgeMargin))
                allOlder = false;
        }

        return Found.Count == _wanted.Count || allOlder;
    }
}
