using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.RunStart;
using KognitosGen.Telemetry;
using KognitosGen.Validation;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    private const int MaxRunNameLength = 100;

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
        return new KognitosRunHandle<TProcess>(this, process, run, new RunMetricsContext(run.ProcessId, run.Stage, startedAt: 0));
    }

    /// <summary>Uploads the files and starts the run, under <paramref name="activity"/> (the typed run's, or null).</summary>
    private async Task<KognitosRunHandle<TProcess>> StartCoreAsync<TProcess>(
        TProcess process, KognitosStartOptions? options, Activity? activity, CancellationToken cancellationToken)
        where TProcess : class, IKognitosProcess
    {
        var descriptor = process.Descriptor;
        var agentId = FirstSet(options?.AgentId, descriptor.AgentId)
            ?? throw new InvalidOperationException(
                $"Process {descriptor} has no agent ID: set AgentId on [KognitosProcess] or [assembly: KognitosDefaults], the KognitosAgentId MSBuild property, or KognitosStartOptions.AgentId.");
        var processId = FirstSet(options?.ProcessId, descriptor.ProcessId)
            ?? throw new InvalidOperationException(
                $"Process {descriptor} has no process ID: set ProcessId on [KognitosProcess] or KognitosStartOptions.ProcessId.");
        var stage = options?.Stage ?? descriptor.Stage;
        var runName = FirstSet(options?.RunName, null) ?? DefaultRunName(descriptor.Name);
        RunTelemetry.TagProcess(activity, agentId, processId, stage);

        var fileIds = new List<string>();
        foreach (var input in process.GetFiles())
            fileIds.Add(await UploadRunFileAsync(input.File, agentId, processId, stage, cancellationToken).ConfigureAwait(false));

        var start = new TypedRunStart(runName, agentId, processId, stage, process, fileIds);
        var mode = RunStartMode.For(options?.BusinessKey, _options.RunStartRecovery, options?.ReusePolicy ?? default);
        var run = await _starter.StartAsync(start, mode, cancellationToken).ConfigureAwait(false);
        var metrics = new RunMetricsContext(processId, stage, Stopwatch.GetTimestamp());
        KognitosMetrics.RunStarted(metrics);
        activity?.SetTag(TelemetryTags.RunId, run.Id);
        return new KognitosRunHandle<TProcess>(this, process, run, metrics);
    }

    private static string? FirstSet(string? first, string? second) =>
        !string.IsNullOrWhiteSpace(first) ? first : !string.IsNullOrWhiteSpace(second) ? second : null;

    private static string DefaultRunName(string processName)
    {
        var name = string.IsNullOrWhiteSpace(processName) ? "KognitosGen run" : processName.Trim();
        return name.Length <= MaxRunNameLength ? name : name.Substring(0, MaxRunNameLength);
    }
}
