using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Threading;

namespace KognitosGen.Emulator;

/// <summary>
/// Live, thread-safe counters: requests received on <c>/v2</c> and the upload route (total and per route),
/// faults injected per kind, runs created per process, and files created. Admin routes are not counted.
/// </summary>
public sealed class EmulatorCounters
{
    private readonly ConcurrentDictionary<string, long> _requestsByRoute = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, long> _runsByProcess = new(StringComparer.Ordinal);

    // The key of each method and route seen, so that counting a request makes no string (routes and the usual
    // methods are few; past the cap, keys are made per request as before).
    private readonly ConcurrentDictionary<(string Method, string Route), string> _routeKeys = new();
    private const int RouteKeysCap = 256;
    private int _routeKeyCount; // kept beside the map: its Count takes every lock, and a miss past the cap asks on every request
    private readonly long[] _faults = new long[Enum.GetValues<FaultKind>().Length];
    private long _totalRequests;
    private long _totalRuns;
    private long _totalFiles;
    private long _startsRefusedAtLimit;

    internal EmulatorCounters()
    {
    }

    /// <summary>All counted requests, faulted ones included.</summary>
    public long TotalRequests => Interlocked.Read(ref _totalRequests);

    /// <summary>All runs created.</summary>
    public long TotalRunsCreated => Interlocked.Read(ref _totalRuns);

    /// <summary>All files created (<c>POST /v2/files</c> answered or not: a file whose answer was dropped is created too).</summary>
    public long TotalFilesCreated => Interlocked.Read(ref _totalFiles);

    /// <summary>Run starts answered with 403 "Resource Not Available" (<see cref="EmulatorVariants.ConcurrentRunLimit"/>).</summary>
    public long StartsRefusedAtLimit => Interlocked.Read(ref _startsRefusedAtLimit);

    /// <summary>Requests counted for a route, e.g. <c>RequestsFor("POST", "/v2/runs")</c> or a template like <c>/v2/runs/{run_id}</c>.</summary>
    public long RequestsFor(string method, string route) =>
        _requestsByRoute.TryGetValue(RouteKey(method, route), out var n) ? n : 0;

    /// <summary>Runs created for a process.</summary>
    public long RunsCreatedFor(string processId) =>
        _runsByProcess.TryGetValue(processId, out var n) ? n : 0;

    /// <summary>Faults injected of one kind.</summary>
    public long FaultsInjected(FaultKind kind) => Interlocked.Read(ref _faults[(int)kind]);

    /// <summary>A consistent-enough copy of every counter (each value is read atomically).</summary>
    public EmulatorCountersSnapshot Snapshot() => new()
    {
        TotalRequests = TotalRequests,
        RequestsByRoute = new SortedDictionary<string, long>(_requestsByRoute, StringComparer.Ordinal),
        Faults = new FaultCounts
        {
            RateLimited = FaultsInjected(FaultKind.RateLimited),
            ServiceUnavailable = FaultsInjected(FaultKind.ServiceUnavailable),
            Delayed = FaultsInjected(FaultKind.Delayed),
            DroppedBeforeHandling = FaultsInjected(FaultKind.DroppedBeforeHandling),
            DroppedAfterHandling = FaultsInjected(FaultKind.DroppedAfterHandling),
        },
        TotalRunsCreated = TotalRunsCreated,
        TotalFilesCreated = TotalFilesCreated,
        StartsRefusedAtLimit = StartsRefusedAtLimit,
        RunsCreatedByProcess = new SortedDictionary<string, long>(_runsByProcess, StringComparer.Ordinal),
    };

    /// <summary>Sets every counter back to zero.</summary>
    public void Reset()
    {
        _requestsByRoute.Clear();
        _runsByProcess.Clear();
        for (var i = 0; i < _faults.Length; i++)
            Interlocked.Exchange(ref _faults[i], 0);
        Interlocked.Exchange(ref _totalRequests, 0);
        Interlocked.Exchange(ref _totalRuns, 0);
        Interlocked.Exchange(ref _totalFiles, 0);
        Interlocked.Exchange(ref _startsRefusedAtLimit, 0);
    }

    internal void RequestReceived(string method, string route)
    {
        Interlocked.Increment(ref _totalRequests);
        if (!_routeKeys.TryGetValue((method, route), out var key))
        {
            key = RouteKey(method, route);
            if (Volatile.Read(ref _routeKeyCount) < RouteKeysCap && _routeKeys.TryAdd((method, route), key))
                Interlocked.Increment(ref _routeKeyCount);
        }

        _requestsByRoute.AddOrUpdate(key, 1, static (_, n) => n + 1);
    }

    internal void FaultInjected(FaultKind kind) => Interlocked.Increment(ref _faults[(int)kind]);

    internal void RunCreated(string processId)
    {
        Interlocked.Increment(ref _totalRuns);
        _runsByProcess.AddOrUpdate(processId, 1, static (_, n) => n + 1);
    }

    internal void StartRefusedAtLimit() => Interlocked.Increment(ref _startsRefusedAtLimit);

    internal void FileCreated() => Interlocked.Increment(ref _totalFiles);

    internal static string RouteKey(string method, string route) => method.ToUpperInvariant() + " " + route;
}
