using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Telemetry;
using KognitosGen.Timing;

namespace KognitosGen.RunStart;

/// <summary>Keyed starts through a <see cref="IKognitosRunLedger"/>: the key is claimed before any run is started.</summary>
internal sealed partial class RunStarter
{
    // While another owner's claim is starting the key's run, its entry is read again after this, doubling up to the cap.
    private static readonly TimeSpan HeldPollFirst = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan HeldPollCap = TimeSpan.FromMilliseconds(500);

    private readonly IKognitosRunLedger? _runLedger;
    private readonly TimeSpan _runLedgerLease;

    // Unique per client; each start claims as this plus its own number, so two starts of one key in one client are
    // two owners (the second waits for the first's run instead of taking its claim as its own).
    private readonly string _owner = Environment.MachineName + "/" + CurrentProcessId() + "/" + RunStartToken.New();
    private long _ledgeredStarts;

    /// <summary>
    /// The key's recorded run when its entry holds one with the same inputs; a conflict when the inputs differ; else,
    /// once this client holds the claim, a run started under the key's token and recorded. A claim taken over from an
    /// owner whose lease ran out first looks in Kognitos for a run carrying the token (that owner may have started it).
    /// </summary>
    private async Task<KognitosRun> StartLedgeredAsync(TypedRunStart start, KeyedStart keyed, IKognitosRunLedger ledger, CancellationToken cancellationToken)
    {
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.start_ledgered", ActivityKind.Internal);
        var inputsHash = start.HashInputs();
        var owner = _owner + "/" + Interlocked.Increment(ref _ledgeredStarts).ToString(System.Globalization.CultureInfo.InvariantCulture);
        string? replacing = null;
        var poll = HeldPollFirst;
        while (true)
        {
            var claim = await ledger.ClaimAsync(keyed.BusinessKey, inputsHash, owner, _runLedgerLease, replacing, cancellationToken).ConfigureAwait(false);
            var entry = claim.Entry;
            switch (claim.Kind)
            {
                case KognitosLedgerClaimKind.Conflict:
                    throw new KognitosBusinessKeyConflictException(keyed.BusinessKey, entry.InputsHash, inputsHash, entry.RunId);
                case KognitosLedgerClaimKind.Existing:
                    var existing = await _runs.GetAsync(entry.RunId!, cancellationToken).ConfigureAwait(false);
                    if (keyed.ReusePolicy == KognitosRunReusePolicy.AllowDuplicateFailedOnly
                        && existing.Status is KognitosRunStatus.Failed or KognitosRunStatus.Cancelled
                        && !string.Equals(replacing, existing.Id, StringComparison.Ordinal))
                    {
                        replacing = existing.Id;
                        continue;
                    }

                    activity?.SetTag("kognitos.run_id", existing.Id);
                    activity?.SetTag("kognitos.run_existed", true);
                    return existing;
                case KognitosLedgerClaimKind.HeldByOther:
                    // The lease runs on the store's clock, in real time, whatever clock the client was given (a test's
                    // virtual one would spin or stall here): the wait is real time too.
                    var untilLeaseEnds = entry.LeaseUntil - TimeProvider.System.GetUtcNow();
                    var wait = untilLeaseEnds < poll ? untilLeaseEnds : poll;
                    await TimeProviderWaits.Delay(TimeProvider.System, wait > TimeSpan.Zero ? wait : HeldPollFirst, cancellationToken).ConfigureAwait(false);
                    poll = poll + poll < HeldPollCap ? poll + poll : HeldPollCap;
                    continue;
                default:
                    return await StartClaimedAsync(start, keyed, ledger, claim, owner, activity, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<KognitosRun> StartClaimedAsync(
        TypedRunStart start, KeyedStart keyed, IKognitosRunLedger ledger, KognitosLedgerClaim claim, string owner, Activity? activity, CancellationToken cancellationToken)
    {
        var token = claim.Entry.Generation == 0 ? keyed.Token : RunStartToken.ForKey(keyed.BusinessKey + "\n" + claim.Entry.Generation);
        KognitosRun? run = null;
        if (claim.TakenOver)
        {
            var found = await SearchAsync(
                new TokenedStart(start.AgentId, start.ProcessId, start.Stage, token, DateTimeOffset.MinValue.AddDays(1), _time.GetTimestamp()),
                listed: null, exceptRunId: null, cancellationToken).ConfigureAwait(false);
            run = found.Run;
            activity?.SetTag("kognitos.ledger_taken_over", true);
        }

        if (run is null)
        {
            try
            {
                run = await StartRecoveredAsync(start, token, cancellationToken).ConfigureAwait(false);
            }
            catch (KognitosApiException failure) when (!RunStartFailure.MayHaveCreatedTheRun(failure))
            {
                // Certainly no run: free the key at once instead of making the next start wait out the lease.
                await ledger.ReleaseAsync(keyed.BusinessKey, owner, CancellationToken.None).ConfigureAwait(false);
                throw;
            }
        }

        activity?.SetTag("kognitos.run_id", run.Id);
        if (await ledger.RecordAsync(keyed.BusinessKey, owner, run.Id, cancellationToken).ConfigureAwait(false))
            return run;

        // The lease ran out before the run was recorded and another owner took the key over: if it started a run
        // too, both runs exist, and the caller is told so.
        var now = await ledger.ReadAsync(keyed.BusinessKey, cancellationToken).ConfigureAwait(false);
        if (now?.RunId is { } other && !string.Equals(other, run.Id, StringComparison.Ordinal))
            throw new KognitosDuplicateRunException(keyed.BusinessKey, run, await _runs.GetAsync(other, cancellationToken).ConfigureAwait(false));
        return run;
    }

    private static int CurrentProcessId()
    {
        using var process = Process.GetCurrentProcess();
        return process.Id;
    }
}
