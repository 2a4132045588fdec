using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen;

/// <summary>A started run of a typed process: poll it, or wait for it and bind its outputs.</summary>
/// <typeparam name="TProcess">The process class.</typeparam>
public sealed class KognitosRunHandle<TProcess>
    where TProcess : class, IKognitosProcess
{
    private readonly KognitosClient _client;

    internal KognitosRunHandle(KognitosClient client, TProcess process, KognitosRun run)
    {
        _client = client;
        Process = process;
        Run = run;
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
        var finished = await _client.WaitForCompletionAsync(Run, polling, cancellationToken).ConfigureAwait(false);
        finished.EnsureSucceeded();
        Process.BindOutputs(finished);
        return new KognitosRunResult<TProcess>(Process, finished);
    }

    /// <inheritdoc />
    public override string ToString() => $"{typeof(TProcess).Name} run {RunId}";
}
