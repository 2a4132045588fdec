using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.RunStart;
using KognitosGen.Telemetry;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    // A key's lookup has no age limit: it reads the process's runs, as many pages as a recovery reads. (A day above the
    // minimum, so a scan can take its margins off.)
    private static readonly DateTimeOffset AnyAge = DateTimeOffset.MinValue.AddDays(1);

    /// <summary>
    /// Starts a run under a caller's business key: the run of that key when the process's newest runs hold one;
    /// otherwise a run started (and recovered) under the key's token, after which the runs are listed again, because
    /// another start of the key may have passed the same check at the same instant.
    /// </summary>
    /// <exception cref="KognitosDuplicateRunException">Another run of the key exists beside the one this call started.</exception>
    private async Task<KognitosRun> StartKeyedRunAsync(
        string businessKey, string baseName, string agentId, string processId, KognitosStage stage,
        Func<string, PooledBufferWriter> bodyFor, CancellationToken cancellationToken)
    {
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.start_keyed", ActivityKind.Internal);
        var token = RunStartToken.ForKey(businessKey);
        var existing = await FindStartedRunAsync(KeyLookup(agentId, processId, stage, token, AnyAge), null, null, cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            activity?.SetTag("kognitos.run_id", existing.Id);
            activity?.SetTag("kognitos.run_existed", true);
            return existing;
        }

        var startedAt = _options.TimeProvider.GetUtcNow();
        var run = await StartRunOnceAsync(baseName, agentId, processId, stage, bodyFor, cancellationToken, token).ConfigureAwait(false);
        activity?.SetTag("kognitos.run_id", run.Id);

        KognitosRun? other;
        try
        {
            other = await FindStartedRunAsync(KeyLookup(agentId, processId, stage, token, startedAt), null, null, cancellationToken, exceptRunId: run.Id).ConfigureAwait(false);
        }
        catch (KognitosApiException)
        {
            // The run started; only the check for a racing twin failed, and that cannot undo it.
            return run;
        }

        if (other is null)
            return run;
        activity?.SetTag("kognitos.duplicate_run_id", other.Id);
        throw new KognitosDuplicateRunException(businessKey, run, other);
    }

    private StartLookup KeyLookup(string agentId, string processId, KognitosStage stage, string token, DateTimeOffset startedAt) =>
        new(agentId, processId, stage, token, startedAt, _options.TimeProvider.GetTimestamp());
}
