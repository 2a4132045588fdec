using System;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen;

/// <summary>
/// Shared state that makes a <see cref="KognitosStartOptions.BusinessKey"/> start exactly one run across clients,
/// processes and machines (the Kognitos API has no idempotency key). A start claims the key with a hash of its inputs,
/// starts the run, and records the run's ID; every other start of the key is answered from the entry. Set it as
/// <see cref="KognitosClientOptions.RunLedger"/>; the KognitosGen.Ledger.Sqlite and KognitosGen.Ledger.PostgreSql
/// packages implement it. Each method is one atomic step of the store; implementations decide a claim with
/// <see cref="KognitosLedgerClaim.Decide"/>, so every store answers alike.
/// </summary>
public interface IKognitosRunLedger
{
    /// <summary>Claims <paramref name="businessKey"/> for <paramref name="owner"/>, or says who has it, in one atomic step.</summary>
    /// <param name="businessKey">The caller's key.</param>
    /// <param name="inputsHash">The hash of the start's inputs (a key's entry keeps its first start's).</param>
    /// <param name="owner">Who claims: unique per client instance.</param>
    /// <param name="lease">How long the claim holds without a recorded run; after it another owner may take the key over.</param>
    /// <param name="replacingRunId">
    /// A recorded run the caller found failed and may start again (a reuse policy allowed it): the entry is claimed
    /// anew only while it still records this run. Null otherwise.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    Task<KognitosLedgerClaim> ClaimAsync(
        string businessKey, string inputsHash, string owner, TimeSpan lease, string? replacingRunId, CancellationToken cancellationToken = default);

    /// <summary>Records the run <paramref name="owner"/> started for its claim.</summary>
    /// <returns>False when the claim is no longer <paramref name="owner"/>'s (its lease ran out and another owner took it over).</returns>
    Task<bool> RecordAsync(string businessKey, string owner, string runId, CancellationToken cancellationToken = default);

    /// <summary>The key's entry, or null when the ledger has none.</summary>
    Task<KognitosLedgerEntry?> ReadAsync(string businessKey, CancellationToken cancellationToken = default);

    /// <summary>Deletes the key's entry while it is <paramref name="owner"/>'s claim with no run recorded (a start that certainly created nothing).</summary>
    /// <returns>True when an entry was deleted.</returns>
    Task<bool> ReleaseAsync(string businessKey, string owner, CancellationToken cancellationToken = default);

    /// <summary>Deletes the entries older than the store's retention window; the store also does this on its own now and then.</summary>
    /// <returns>How many entries were deleted.</returns>
    Task<int> ExpireAsync(CancellationToken cancellationToken = default);
}
