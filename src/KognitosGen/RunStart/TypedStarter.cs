using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Uploads;

namespace KognitosGen.RunStart;

/// <summary>
/// A typed start: where it goes (<see cref="StartTarget"/>), its files uploaded, its run started in the mode its
/// options ask for (<see cref="RunStartMode"/>), and its start counted.
/// </summary>
internal sealed class TypedStarter
{
    private readonly RunStarter _starter;
    private readonly RunFileUploads _uploads;
    private readonly bool _recoverStarts;
    private readonly TimeProvider _time;

    public TypedStarter(RunStarter starter, RunFileUploads uploads, KognitosClientOptions options)
    {
        _starter = starter;
        _uploads = uploads;
        _recoverStarts = options.RunStartRecovery;
        _time = options.TimeProvider;
    }

    /// <summary>Uploads the files and starts the run, under <paramref name="activity"/> (the typed run's, or null).</summary>
    public async Task<StartedRun> StartAsync(IKognitosProcess process, KognitosStartOptions? options, Activity? activity, CancellationToken cancellationToken)
    {
        var target = StartTarget.Resolve(process.Descriptor, options);
        RunTelemetry.TagProcess(activity, target.AgentId, target.ProcessId, target.Stage);

        var fileIds = new List<string>();
        foreach (var input in process.GetFiles())
            fileIds.Add(await _uploads.UploadRunFileAsync(input.File, target.AgentId, target.ProcessId, target.Stage, cancellationToken).ConfigureAwait(false));

        var start = new TypedRunStart(target.RunName, target.AgentId, target.ProcessId, target.Stage, process, fileIds);
        var mode = RunStartMode.For(options?.BusinessKey, _recoverStarts, options?.ReusePolicy ?? default);
        var run = await _starter.StartAsync(start, mode, cancellationToken).ConfigureAwait(false);
        var metrics = RunMetricsContext.StartedNow(target.ProcessId, target.Stage, _time);
        KognitosMetrics.RunStarted(metrics);
        activity?.SetTag(TelemetryTags.RunId, run.Id);
        return new StartedRun(run, metrics);
    }
}
