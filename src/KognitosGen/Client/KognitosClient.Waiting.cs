using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Validation;
using KognitosGen.Waiting;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    /// <summary>
    /// Polls a run until it is Succeeded, Failed, Cancelled or TimedOut, and returns it in that state (it does
    /// not throw for a failed run; see <see cref="KognitosRun.EnsureSucceeded"/>). Delays grow exponentially with
    /// jitter. A status this client does not know counts as still running. A look that fails transiently (429, 502,
    /// 503, 504, a timeout, a lost connection, after the read's own retries) is ridden out: the wait looks again at its
    /// next interval until <see cref="KognitosPollingOptions.Timeout"/>. The first look is a
    /// <c>GET /v2/runs/{run_id}</c>; after it, concurrent waits on runs of one process share one polling loop
    /// (see <see cref="KognitosPollingOptions.CoalesceWaits"/>).
    /// </summary>
    /// <param name="runId">The run ID.</param>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops waiting; the run itself goes on.</param>
    /// <exception cref="KognitosWaitTimeoutException">The run was not finished within <see cref="KognitosPollingOptions.Timeout"/>;
    /// when the latest look failed (a 429, 502, 503, 504, a timeout or a lost connection, which the wait rides out), that
    /// failure is the inner exception.</exception>
    /// <exception cref="KognitosApiException">A look failed for good: 401, 403, 404, a 500, a response that cannot be read.</exception>
    public Task<KognitosRun> WaitForCompletionAsync(string runId, KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotEmpty(runId, nameof(runId));
        return WaitAsync(runId, null, polling, cancellationToken);
    }

    /// <summary>
    /// Waits for a run this caller already holds (from <see cref="CreateRunAsync"/> or a listing) until it is
    /// Succeeded, Failed, Cancelled or TimedOut, as <see cref="WaitForCompletionAsync(string, KognitosPollingOptions?, CancellationToken)"/>
    /// does; <paramref name="run"/> counts as the first look, so waits on many runs of one process go straight into
    /// their shared polling loop.
    /// </summary>
    /// <param name="run">The run as last read.</param>
    /// <param name="polling">Polling settings; the client's when null.</param>
    /// <param name="cancellationToken">Stops waiting; the run itself goes on.</param>
    /// <exception cref="KognitosWaitTimeoutException">The run was not finished within <see cref="KognitosPollingOptions.Timeout"/>;
    /// when the latest look failed transiently, that failure is the inner exception.</exception>
    /// <exception cref="KognitosApiException">A look failed for good: 401, 403, 404, a 500, a response that cannot be read.</exception>
    public Task<KognitosRun> WaitForCompletionAsync(KognitosRun run, KognitosPollingOptions? polling = null, CancellationToken cancellationToken = default)
    {
        RequiredArgument.NotNull(run, nameof(run));
        RequiredArgument.NotEmpty(run.Id, "run.Id");
        return WaitAsync(run.Id, run, polling, cancellationToken);
    }

    private Task<KognitosRun> WaitAsync(string runId, KognitosRun? known, KognitosPollingOptions? polling, CancellationToken cancellationToken)
    {
        var settings = polling?.Clone() ?? _options.Polling;
        settings.Validate();
        return SingleRunWait.WaitAsync(_runs, _runWatches, _options.TimeProvider, settings, runId, known, cancellationToken);
    }
}
