using System.Diagnostics;

namespace KognitosGen.Telemetry;

/// <summary>The tag values of typed runs, as constant strings so that tagging allocates nothing for them.</summary>
internal static class RunTelemetry
{
    public static string StageName(KognitosStage stage) => stage switch
    {
        KognitosStage.Draft => "Draft",
        KognitosStage.Published => "Published",
        _ => "Unknown",
    };

    public static string StatusName(KognitosRunStatus status) => status switch
    {
        KognitosRunStatus.Created => "Created",
        KognitosRunStatus.Pending => "Pending",
        KognitosRunStatus.Running => "Running",
        KognitosRunStatus.Succeeded => "Succeeded",
        KognitosRunStatus.Failed => "Failed",
        KognitosRunStatus.Cancelled => "Cancelled",
        KognitosRunStatus.TimedOut => "TimedOut",
        _ => "Unknown",
    };

    /// <summary>Tags a typed run's activity with what identifies the process (IDs and stage, never names or values).</summary>
    public static void TagProcess(Activity? activity, string? agentId, string processId, KognitosStage stage)
    {
        if (activity is null)
            return;
        if (agentId is not null)
            activity.SetTag(TelemetryTags.AgentId, agentId);
        activity.SetTag(TelemetryTags.ProcessId, processId);
        activity.SetTag(TelemetryTags.Stage, StageName(stage));
    }

    /// <summary>An event on a wait's activity for each status the wait sees first, the first poll's included.</summary>
    public static void StatusChanged(Activity activity, KognitosRun run, int poll) =>
        activity.AddEvent(new ActivityEvent("kognitos.run.status_changed", tags: new ActivityTagsCollection
        {
            { TelemetryTags.RunStatus, run.StatusText },
            { "kognitos.poll", poll },
        }));
}
