using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Transport;

namespace KognitosGen.RunList;

/// <summary>
/// Looks through a process's run list, page by page, for what a <see cref="RunListSearchTarget"/> wants: a run start
/// after a lost answer or under a business key, and the coalesced waits, all read the list this one way.
/// </summary>
internal static class RunListSearch
{
    /// <summary>Reads pages until the target is satisfied, the list ends, or the target's page limit is reached.</summary>
    /// <returns>False when the page limit cut the search short; a failed read throws.</returns>
    public static async Task<bool> SearchAsync(RunEndpoints runs, KognitosRunQuery query, RunListSearchTarget target, CancellationToken cancellationToken)
    {
        string? continuation = null;
        for (var page = 0; page < target.MaxPages; page++)
        {
            var runsPage = await runs.ListPageAsync(query, continuation, cancellationToken).ConfigureAwait(false);
            if (target.Examine(runsPage) || !runsPage.HasMore)
                return true;
            continuation = runsPage.ContinuationToken;
        }

        return false;
    }
}
