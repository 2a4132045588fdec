using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;

namespace KognitosGen;

/// <summary>A started run of a typed process: poll it, or wait for it and bind its outputs.</summary>
/// <typeparam name="TProcess">The process class.</typeparam>
public sealed class KognitosRunHandle<TProcess>
    where TProcess : class, IKognitosProcess
{
    private readonly KognitosClient _client;
    private readonly RunMetricsContext _metrics;

    internal KognitosRunHandle(KognitosClient client, TProcess process, KognitosRun run, RunMetricsContext metrics)
    {
        _client = client;
        Process = process;
        Run = run;
        _metrics = metrics;
    }

    /// <summary>The process the run was started from; its outputs are bound by <see cref="WaitAsync"/>.</summary>
    public TProcess Process { get; }

    /// <summary>The run as the start call returned it.</summary>
    public KognitosRun Run { get; }

    /// <summary>The run ID.</summary>
    public string RunId => Run.Id;

    /// <summary>Fetches the run's current state.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<KognitosRun> GetRunAsync(CancellationToken cancellationToken = default) =>
        _client.GetRunAsync(RunId, cancellationToken);

    /// <summary>
    /// Waits for the run to finish, then binds its outputs onto <see cref="Process"/>. Throws
    /// <see cref="KognitosRunFailedException"/> when it ends other than Succeeded.
    /// </summary>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops waiting; the run itself goes on.</param>
    public async Task<KognitosRunResult<TProcess>> WaitAsync(KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.run.complete", ActivityKind.Internal);
        RunTelemetry.TagProcess(activity, agentId: null, _metrics.ProcessId, _metrics.Stage);
        activity?.SetTag(TelemetryTags.RunId, RunId);
        try
        {
            return await CompleteAsync(polling, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (KognitosTelemetry.Failed(activity, exception))
        {
            throw; // Never reached: the filter tags the activity and lets the exception go on.
        }
    }

    /// <summary>Waits, measures the run's end, and binds, under <paramref name="activity"/> (the typed run's, or null).</summary>
    internal async Task<KognitosRunResult<TProcess>> CompleteAsync(KognitosPollingOptions? polling, Activity? activity, CancellationToken cancellationToken)
    {
        var finished = await _client.WaitForCompletionAsync(Run, polling, cancellationToken).ConfigureAwait(false);
        activity?.SetTag(TelemetryTags.RunStatus, RunTelemetry.StatusName(finished.Status));
        KognitosMetrics.RunFinished(_metrics, finished.Status);
        finished.EnsureSucceeded();

        using (var binding = KognitosTelemetry.Source.StartActivity("kognitos.run.bind", ActivityKind.Internal))
        {
            try
            {
                Process.BindOutputs(finished);
            }
            catch (KognitosBindingException failure) when (BindingFailed(binding, failure))
            {
                throw; // Never reached: the filter measures the failure and lets the exception go on.
            }
        }

        return new KognitosRunResult<TProcess>(Process, finished);
    }

    private bool BindingFailed(Activity? binding, KognitosBindingException failure)
    {
        KognitosMetrics.BindingFailed(_metrics, failure);
        return KognitosTelemetry.Failed(binding, failure);
    }

    /// <inheritdoc />
    public override string ToString() => $"{typeof(TProcess).Name} run {RunId}";
}
