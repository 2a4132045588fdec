using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KognitosGen.Emulator;

/// <summary>
/// What a page's live region is checked against: for run pages the number of runs per status and the newest run (one
/// pass over the runs, no allocation per run), for the counters the requests and faults counted. Cheap enough to be
/// polled every second by each open tab; API requests alone never make a run page fetch itself again.
/// </summary>
internal static class LiveStamp
{
    public const string Runs = "runs";
    public const string Counters = "counters";

    public static string Of(EmulatorRuntime runtime, string of) =>
        of == Counters ? OfCounters(runtime.Counters) : Of(runtime.Runs.All(), runtime.Time.GetUtcNow());

    public static string Of(IReadOnlyList<StoredRun> runs, DateTimeOffset now)
    {
        Span<int> counts = stackalloc int[RunStatuses.All.Length + 1];
        for (var i = 0; i < runs.Count; i++)
            counts[RunStatuses.IndexOf(runs[i].StatusAt(now)) + 1]++;
        var stamp = new StringBuilder();
        stamp.Append(runs.Count == 0 ? 0 : runs[^1].Sequence);
        foreach (var count in counts)
            stamp.Append('.').Append(count.ToString(CultureInfo.InvariantCulture));
        return stamp.ToString();
    }

    public static string OfCounters(EmulatorCounters counters)
    {
        var stamp = new StringBuilder(counters.TotalRequests.ToString(CultureInfo.InvariantCulture));
        foreach (var kind in Enum.GetValues<FaultKind>())
            stamp.Append('.').Append(counters.FaultsInjected(kind).ToString(CultureInfo.InvariantCulture));
        return stamp.ToString();
    }
}
