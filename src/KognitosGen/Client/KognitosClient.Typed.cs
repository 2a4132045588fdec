using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Validation;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// Starts a run of a typed process: uploads its files, then sends its inputs with <c>POST /v2/runs</c>. Each step
    /// rides out transient failures within a retry budget of its own (<see cref="KognitosRetryOptions.MaxRetries"/>): a
    /// file's upload slot is asked for again after a refusal or a lost answer (the lost slot stays unused), its upload is
    /// sent again, and the start is looked up after a lost answer and sent again only when refused or not found.
    /// </summary>
    /// <typeparam name="TProcess">A <see cref="KognitosProcessAttribute"/> class.</typeparam>
    /// <param name="process">The process, its input properties set.</param>
    /// <param name="options">Per-run overrides: run name, IDs, stage.</param>
    /// <param name="cancellationToken">Cancels the start (the run may still have started).</param>
    /// <returns>A handle to wait for the run and bind its outputs.</returns>
    /// <exception cref="KognitosDuplicateRunException">A <see cref="KognitosStartOptions.BusinessKey"/> was given and another start of it raced this one.</exception>
    public async Task<KognitosRunHandle<TProcess>> StartAsync<TProcess>(
        TProcess process, KognitosStartOptions? options = null, CancellationToken cancellationToken = default)
        where TProcess : class, IKognitosProcess
    {
        RequiredArgument.NotNull(process, nameof(process));
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.run.start", ActivityKind.Internal);
        try
        {
            return await StartCoreAsync(process, options, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (KognitosTelemetry.Failed(activity, exception))
        {
            throw; // Never reached: the filter tags the activity and lets the exception go on.
        }
    }

    /// <summary>
    /// Runs a typed process to completion: starts it, waits for it, and binds its outputs onto
    /// <paramref name="process"/>. Throws <see cref="KognitosRunFailedException"/> when the run does not succeed.
    /// </summary>
    /// <typeparam name="TProcess">A <see cref="KognitosProcessAttribute"/> class.</typeparam>
    /// <param name="process">The process, its input properties set.</param>
    /// <param name="options">Per-run overrides: run name, IDs, stage.</param>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops starting or waiting; a started run goes on.</param>
    public async Task<KognitosRunResult<TProcess>> RunAsync<TProcess>(
        TProcess process, KognitosStartOptions? options = null, KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
        where TProcess : class, IKognitosProcess
    {
        RequiredArgument.NotNull(process, nameof(process));
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.run", ActivityKind.Internal);
        try
        {
            var handle = await StartCoreAsync(process, options, activity, cancellationToken).ConfigureAwait(false);
            return await handle.CompleteAsync(polling, activity, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (KognitosTelemetry.Failed(activity, exception))
        {
            throw; // Never reached: the filter tags the activity and lets the exception go on.
        }
    }

    /// <summary>A handle to a run started earlier (for example by another process), to wait for it and bind its outputs.</summary>
    /// <typeparam name="TProcess">A <see cref="KognitosProcessAttribute"/> class.</typeparam>
    /// <param name="process">The instance to bind the outputs onto.</param>
    /// <param name="runId">The run ID.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    public async Task<KognitosRunHandle<TProcess>> AttachAsync<TProcess>(TProcess process, string runId, CancellationToken cancellationToken = default)
        where TProcess : class, IKognitosProcess
    {
        RequiredArgument.NotNull(process, nameof(process));
        var run = await GetRunAsync(runId, cancellationToken).ConfigureAwait(false);
        return new KognitosRunHandle<TProcess>(this, process, run, RunMetricsContext.StartedElsewhere(run.ProcessId, run.Stage));
    }

    /// <summary>Uploads the files and starts the run, under <paramref name="activity"/> (the typed run's, or null).</summary>
    private async Task<KognitosRunHandle<TProcess>> StartCoreAsync<TProcess>(
        TProcess process, KognitosStartOptions? options, Activity? activity, CancellationToken cancellationToken)
        where TProcess : class, IKognitosProcess
    {
        var started = await _typedStarter.StartAsync(process, options, activity, cancellationToken).ConfigureAwait(false);
        return new KognitosRunHandle<TProcess>(this, process, started.Run, started.Metrics);
    }
}
