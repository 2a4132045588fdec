using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace KognitosGen.Emulator;

/// <summary>
/// What a page's live region is checked against: the number of runs per status, the newest run, and the counters of
/// requests and faults. Cheap enough to be polled every second by each open tab (one pass over the runs, no allocation
/// per run).
/// </summary>
internal static class LiveStamp
{
    public static string Of(EmulatorRuntime runtime) => Of(runtime, runtime.Runs.All(), runtime.Time.GetUtcNow());

    public static string Of(EmulatorRuntime runtime, IReadOnlyList<StoredRun> runs, DateTimeOffset now)
    {
        Span<int> counts = stackalloc int[RunStatuses.All.Length + 1];
        for (var i = 0; i < runs.Count; i++)
            counts[RunStatuses.IndexOf(runs[i].StatusAt(now)) + 1]++;
        var stamp = new StringBuilder();
        stamp.Append(runs.Count == 0 ? 0 : runs[^1].Sequence);
        foreach (var count in counts)
            stamp.Append('.').Append(count.ToString(CultureInfo.InvariantCulture));
        var counters = runtime.Counters;
        stamp.Append('.').Append(counters.TotalRequests.ToString(CultureInfo.InvariantCulture));
        foreach (var kind in Enum.GetValues<FaultKind>())
            stamp.Append('.').Append(counters.FaultsInjected(kind).ToString(CultureInfo.InvariantCulture));
        return stamp.ToString();
    }
}
