using System.Diagnostics;
using System.Globalization;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Telemetry;

/// <summary>What no tag of a measurement, an activity or an activity event may carry.</summary>
public static class TelemetryPrivacy
{
    /// <summary>
    /// Fails when any tag value holds one of <paramref name="secrets"/> (the API key, input values) or text of a run
    /// name (the process name, the start token).
    /// </summary>
    public static void AssertNothingLeaks(MetricRecorder metrics, IEnumerable<Activity> activities, params string[] secrets)
    {
        string[] forbidden = [.. secrets, "to process the invoices", "[kg-"];
        var values = metrics.All.SelectMany(m => m.Tags.Values)
            .Concat(activities.SelectMany(a => a.TagObjects.Select(t => t.Value)))
            .Concat(activities.SelectMany(a => a.Events).SelectMany(e => e.Tags.Select(t => t.Value)))
            .Select(v => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "")
            .ToList();
        Assert.NotEmpty(values);
        foreach (var text in forbidden)
            Assert.DoesNotContain(values, value => value.Contains(text, StringComparison.OrdinalIgnoreCase));
    }
}
