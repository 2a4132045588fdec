using System;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KognitosGen.Telemetry;

/// <summary>
/// The <see cref="Meter"/> named <see cref="KognitosClient.MeterName"/> and its instruments. Every method returns at
/// once, before building a tag list, when nobody listens to its instrument.
/// </summary>
internal static class KognitosMetrics
{
    public static readonly Meter Meter =
        new(KognitosClient.MeterName, typeof(KognitosMetrics).Assembly.GetName().Version?.ToString());

    // One logical call, retries included. Not http.client.request.duration: .NET's own System.Net.Http meter already
    // emits that per attempt, and a second stream of the same name would be counted twice on dashboards.
    private static readonly Histogram<double> OperationDuration = Meter.CreateHistogram<double>(
        "kognitos.client.operation.duration", "s", "Duration of Kognitos API calls, retries included.");

    private static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "kognitos.client.retries", "{retry}", "Kognitos API requests sent again, by the failure that caused it.");

    private static readonly Counter<long> RunsStarted = Meter.CreateCounter<long>(
        "kognitos.run.started", "{run}", "Typed runs started.");

    private static readonly Counter<long> RunsFinished = Meter.CreateCounter<long>(
        "kognitos.run.finished", "{run}", "Typed runs seen reaching a terminal status, by that status.");

    private static readonly Histogram<double> RunDuration = Meter.CreateHistogram<double>(
        "kognitos.run.duration", "s", "Time from a typed run's start to the poll that saw its terminal status.");

    private static readonly Counter<long> BindingFailures = Meter.CreateCounter<long>(
        "kognitos.run.binding_failures", "{run}", "Succeeded typed runs whose outputs could not be bound, by the first error's kind.");

    private static readonly Counter<long> StartRecoveries = Meter.CreateCounter<long>(
        "kognitos.run.start_recoveries", "{recovery}", "Typed run starts that failed and were found by lookup or sent again.");

    private static readonly Histogram<long> UploadSize = Meter.CreateHistogram<long>(
        "kognitos.file.upload.size", "By", "Bytes of file content uploaded.");

    /// <summary>Whether anyone listens to upload sizes, so that counting the bytes is worth it.</summary>
    public static bool CountsUploads => UploadSize.Enabled;

    /// <param name="operation">The call's operation name, for example <c>kognitos.runs.get</c>.</param>
    /// <param name="method">Its HTTP method.</param>
    /// <param name="elapsed">How long it took, on the client's <see cref="TimeProvider"/>.</param>
    /// <param name="status">The final HTTP status; 0 when there was none.</param>
    /// <param name="errorType">The error.type of a failure; null for a success.</param>
    public static void OperationEnded(string operation, string method, TimeSpan elapsed, int status, string? errorType)
    {
        if (!OperationDuration.Enabled)
            return;
        var tags = new TagList
        {
            { TelemetryTags.Operation, operation },
            { TelemetryTags.HttpMethod, method },
        };
        if (status != 0)
            tags.Add(TelemetryTags.HttpStatusCode, status);
        if (errorType is not null)
            tags.Add(TelemetryTags.ErrorType, errorType);
        OperationDuration.Record(elapsed.TotalSeconds, tags);
    }

    /// <summary>Records a call the caller cancelled; false, for an exception filter that lets the exception go on.</summary>
    public static bool Cancelled(string operation, string method, TimeSpan elapsed, OperationCanceledException cancelled)
    {
        OperationEnded(operation, method, elapsed, 0, KognitosTelemetry.ErrorType(cancelled));
        return false;
    }

    public static void Retried(string operation, string method, KognitosApiException failure)
    {
        if (!Retries.Enabled)
            return;
        Retries.Add(1, new TagList
        {
            { TelemetryTags.Operation, operation },
            { TelemetryTags.HttpMethod, method },
            { TelemetryTags.ErrorType, KognitosTelemetry.ErrorType(failure) },
        });
    }

    public static void RunStarted(in RunMetricsContext run)
    {
        if (!RunsStarted.Enabled)
            return;
        RunsStarted.Add(1, RunTags(run));
    }

    public static void RunFinished(in RunMetricsContext run, KognitosRunStatus status)
    {
        if (!RunsFinished.Enabled && !(RunDuration.Enabled && run.KnowsStart))
            return;
        var tags = RunTags(run);
        tags.Add(TelemetryTags.RunStatus, RunTelemetry.StatusName(status));
        RunsFinished.Add(1, tags);
        if (run.KnowsStart)
            RunDuration.Record(run.SecondsSinceStart, tags);
    }

    public static void BindingFailed(in RunMetricsContext run, KognitosBindingException failure)
    {
        if (!BindingFailures.Enabled)
            return;
        var tags = RunTags(run);
        tags.Add(TelemetryTags.ErrorType, KognitosTelemetry.ErrorType(failure));
        BindingFailures.Add(1, tags);
    }

    /// <param name="processId">The process.</param>
    /// <param name="stage">Its stage.</param>
    /// <param name="outcome"><c>found</c> (the lookup found the run) or <c>resent</c> (the start was sent again).</param>
    /// <param name="failure">The failure the start recovered from.</param>
    public static void StartRecovered(string processId, KognitosStage stage, string outcome, KognitosApiException failure)
    {
        if (!StartRecoveries.Enabled)
            return;
        var tags = RunTags(RunMetricsContext.StartedElsewhere(processId, stage));
        tags.Add(TelemetryTags.Recovery, outcome);
        tags.Add(TelemetryTags.ErrorType, KognitosTelemetry.ErrorType(failure));
        StartRecoveries.Add(1, tags);
    }

    public static void Uploaded(long bytes, string? processId, KognitosStage? stage)
    {
        if (!UploadSize.Enabled)
            return;
        var tags = new TagList();
        if (processId is not null)
            tags.Add(TelemetryTags.ProcessId, processId);
        if (stage is { } known)
            tags.Add(TelemetryTags.Stage, RunTelemetry.StageName(known));
        UploadSize.Record(bytes, tags);
    }

    private static TagList RunTags(in RunMetricsContext run) => new()
    {
        { TelemetryTags.ProcessId, run.ProcessId },
        { TelemetryTags.Stage, RunTelemetry.StageName(run.Stage) },
    };
}
