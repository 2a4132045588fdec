using System;
using System.Collections.Generic;
using KognitosGen.RunList;
using KognitosGen.Wire;

namespace KognitosGen.RunStart;

/// <summary>
/// A run list search for the run whose name carries a start token, which says when reading further is pointless. The docs say neither the list's order nor created_at's time zone, so neither is
/// assumed: the order is read from the pages' own created_at values, and the list is cut short only when it is
/// seen to run newest first and has reached runs created before the start by more than any time zone explains (by
/// more than a daylight-saving hour once a start's answer has shown the zone of offset-less times).
/// </summary>
internal sealed class StartTokenTarget : RunListSearchTarget
{
    // How many pages a search reads before deciding nobody can tell whether the run was created.
    private const int SearchMaxPages = 10;

    // How far the client's and the server's clocks may disagree.
    private static readonly TimeSpan ClockMargin = TimeSpan.FromMinutes(10);

    // A created_at without an offset may be local time anywhere from UTC-12:00 to UTC+14:00.
    private static readonly TimeSpan MaxZoneOffset = TimeSpan.FromHours(14);

    // A learned zone may since have moved by a daylight-saving hour.
    private static readonly TimeSpan DaylightSaving = TimeSpan.FromHours(1);

    private readonly string _token;
    private readonly DateTimeOffset _startedAt;
    private readonly TimeSpan? _offsetlessZone;
    private readonly string? _exceptRunId;
    private readonly HashSet<string>? _listed;
    private DateTimeOffset? _previous;
    private int _newerToOlder;
    private int _olderToNewer;

    /// <param name="token">The start token in the run's name.</param>
    /// <param name="startedAt">When the start was first sent, by this machine's clock.</param>
    /// <param name="offsetlessZone">The zone of offset-less created_at values, when learned (<see cref="CreatedAtZoneObserver"/>).</param>
    /// <param name="exceptRunId">A run that does not count (the one this start created, when looking for a twin).</param>
    /// <param name="listed">Gets the ID of every run read that does not carry the token.</param>
    public StartTokenTarget(string token, DateTimeOffset startedAt, TimeSpan? offsetlessZone, string? exceptRunId = null, HashSet<string>? listed = null)
    {
        _token = token;
        _startedAt = startedAt;
        _offsetlessZone = offsetlessZone;
        _exceptRunId = exceptRunId;
        _listed = listed;
    }

    /// <summary>The run found, once a page held it.</summary>
    public KognitosRun? Found { get; private set; }

    public override int MaxPages => SearchMaxPages;

    public override bool Examine(KognitosPage<KognitosRun> page)
    {
        var items = page.Items;
        Found = Find(items, _exceptRunId);
        if (Found is not null)
            return true;
        if (_listed is not null)
        {
            foreach (var item in items)
                _listed.Add(item.Id);
        }

        return items.Count > 0 && PassedTheStart(items[items.Count - 1]);
    }

    /// <summary>The run of this page that carries the token (other than <paramref name="exceptRunId"/>), or null; the page's order is noted either way.</summary>
    public KognitosRun? Find(IReadOnlyList<KognitosRun> page, string? exceptRunId = null)
    {
        KognitosRun? found = null;
        foreach (var run in page)
        {
            if (found is null && RunStartToken.IsIn(run.Name, _token) && !string.Equals(run.Id, exceptRunId, StringComparison.Ordinal))
                found = run;
            Note(run.CreatedAt);
        }

        return found;
    }

    /// <summary>
    /// True once the list is known to be newest first and <paramref name="lastOfPage"/> was created before the start,
    /// so no later page can hold the run. False whenever that cannot be known (an order not yet seen or mixed, no
    /// created_at, a time that could be in another zone and after the start after all).
    /// </summary>
    public bool PassedTheStart(KognitosRun lastOfPage)
    {
        if (!SeenNewestFirst || lastOfPage.CreatedAt is not { } created)
            return false;
        if (CreatedAtText.HasOffset(lastOfPage.CreatedAtText))
            return created < _startedAt - ClockMargin;
        return _offsetlessZone is { } zone
            ? created - zone < _startedAt - ClockMargin - DaylightSaving
            : created < _startedAt - ClockMargin - MaxZoneOffset;
    }

    // A list sorted by something close to created_at (an ID, a time finer than a second) may show a rare inversion;
    // a list that is not newest first shows mostly steps the other way.
    private bool SeenNewestFirst => _newerToOlder > 0 && _olderToNewer * 10 <= _newerToOlder;

    // Consecutive runs created within the same second say nothing; differing ones show the direction.
    private void Note(DateTimeOffset? created)
    {
        if (created is not { } current)
            return;
        if (_previous is { } previous)
        {
            if (current < previous)
                _newerToOlder++;
            else if (current > previous)
                _olderToNewer++;
        }

        _previous = current;
    }
}
