using System.Diagnostics;

namespace KognitosGen.Ledger.Worker;

/// <summary>
/// The store in between the client and the real ledger: times each start's claim and record (the ledger's overhead)
/// and, as the fault hook, kills this process with SIGKILL after a claim or after the run started (before it is
/// recorded), so the tests see claims abandoned at both ends of a start.
/// </summary>
internal sealed class DyingLedger(IKognitosRunLedger inner, string? dieAt, Action<string> report) : IKognitosRunLedger
{
    private readonly AsyncLocal<long> _claimTicks = new();

    public async Task<KognitosLedgerClaim> ClaimAsync(string businessKey, string inputsHash, string owner, TimeSpan lease, string? replacingRunId, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var claim = await inner.ClaimAsync(businessKey, inputsHash, owner, lease, replacingRunId, cancellationToken);
        if (claim.Kind == KognitosLedgerClaimKind.Claimed)
        {
            _claimTicks.Value = Stopwatch.GetTimestamp() - started;
            if (dieAt == "after-claim")
                Die();
        }

        return claim;
    }

    public async Task<bool> RecordAsync(string businessKey, string owner, string runId, CancellationToken cancellationToken = default)
    {
        if (dieAt == "after-start")
            Die();
        var started = Stopwatch.GetTimestamp();
        var recorded = await inner.RecordAsync(businessKey, owner, runId, cancellationToken);
        var ticks = _claimTicks.Value + Stopwatch.GetTimestamp() - started;
        report($"overhead_us {ticks * 1_000_000 / Stopwatch.Frequency}");
        return recorded;
    }

    public Task<KognitosLedgerEntry?> ReadAsync(string businessKey, CancellationToken cancellationToken = default) => inner.ReadAsync(businessKey, cancellationToken);

    public Task<bool> ReleaseAsync(string businessKey, string owner, CancellationToken cancellationToken = default) => inner.ReleaseAsync(businessKey, owner, cancellationToken);

    public Task<int> ExpireAsync(CancellationToken cancellationToken = default) => inner.ExpireAsync(cancellationToken);

    // Process.Kill is SIGKILL on Unix: no finally blocks, no disposal, the claim left as it is.
    private static void Die()
    {
        Console.Out.Flush();
        Process.GetCurrentProcess().Kill();
        Thread.Sleep(Timeout.Infinite);
    }
}
