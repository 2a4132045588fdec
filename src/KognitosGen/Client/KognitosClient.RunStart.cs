using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    // How far back (by created_at) and how many pages a lookup reads before deciding the run was never created.
    private static readonly TimeSpan LookupClockMargin = TimeSpan.FromMinutes(10);
    private const int LookupMaxPages = 10;

    /// <summary>
    /// Starts a run so that it is created at most once even when answers are lost. The run name carries a random
    /// token; after a failure that may have reached the server (a dropped connection, a timeout, 5xx, an unreadable
    /// 2xx) the process's runs are listed and a run with the token is taken as the one started. Only when none is
    /// found, or when the server refused the request (429), is the start sent again, within the retry budget; never
    /// after a handler of the HttpClient pipeline failed it (<see cref="KognitosFailureKind.Handler"/>).
    /// </summary>
    /// <remarks>A business key's start passes its key's token (<see cref="RunStartToken.ForKey"/>) as the last argument.</remarks>
    private async Task<KognitosRun> StartRunOnceAsync(
        string baseName, string agentId, string processId, KognitosStage stage, Func<string, PooledBufferWriter> bodyFor, CancellationToken cancellationToken,
        string? keyToken = null)
    {
        if (!_options.RunStartRecovery && keyToken is null)
        {
            var plain = bodyFor(baseName);
            var run = await StartRunAsync(plain.Written, cancellationToken).ConfigureAwait(false);
            plain.Dispose();
            return run;
        }

        var token = keyToken ?? RunStartToken.New();
        var body = bodyFor(RunStartToken.Append(baseName, token));
        var startedAt = _options.TimeProvider.GetUtcNow();
        for (var attempt = 0; ; attempt++)
        {
            KognitosApiException failure;
            try
            {
                var run = await StartRunAsync(body.Written, cancellationToken).ConfigureAwait(false);
                // The pool gets the buffer back only when its one send was answered: after a failure an abandoned
                // send could, in principle, still be reading it, and it must never read another request's bytes.
                if (attempt == 0)
                    body.Dispose();
                return run;
            }
            catch (KognitosApiException exception) when (RunStartFailure.MayRecover(exception))
            {
                failure = exception;
            }

            using (var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.recover", ActivityKind.Internal))
            {
                activity?.SetTag("kognitos.attempt", attempt + 1);
                activity?.SetTag("error.type", KognitosTelemetry.ErrorType(failure));
                if (RunStartFailure.MayHaveCreatedTheRun(failure))
                {
                    var existing = await FindStartedRunAsync(agentId, processId, stage, token, startedAt, failure, cancellationToken).ConfigureAwait(false);
                    if (existing is not null)
                    {
                        activity?.SetTag("kognitos.run_id", existing.Id);
                        return existing;
                    }
                }
            }

            if (!RunStartFailure.MayResend(failure))
                throw failure;
            var delay = _options.Retry.DelayAfter(failure, attempt) ?? throw failure;
            await TimeProviderWaits.Delay(_options.TimeProvider, delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The run whose name carries <paramref name="token"/> (other than <paramref name="exceptRunId"/>), or null when the
    /// listing shows none. With a <paramref name="failure"/> (a recovery) a listing that fails or runs out of pages reports
    /// that failure; without one (a business key's lookups) the listing's own failure surfaces and running out means none.
    /// </summary>
    private async Task<KognitosRun?> FindStartedRunAsync(
        string agentId, string processId, KognitosStage stage, string token, DateTimeOffset startedAt, KognitosApiException? failure, CancellationToken cancellationToken,
        string? exceptRunId = null)
    {
        var query = new KognitosRunQuery(agentId, processId) { Stage = stage, PageSize = 100 };
        string? continuation = null;
        try
        {
            for (var page = 0; page < LookupMaxPages; page++)
            {
                var runs = await ListRunsPageAsync(query, continuation, cancellationToken).ConfigureAwait(false);
                foreach (var run in runs.Items)
                {
                    if (RunStartToken.IsIn(run.Name, token) && !string.Equals(run.Id, exceptRunId, StringComparison.Ordinal))
                        return run;
                }

                // Newest first: once the page reaches runs older than this start, ours is not further down.
                var oldest = runs.Items.Count > 0 ? runs.Items[runs.Items.Count - 1].CreatedAt : null;
                if (!runs.HasMore || (oldest is { } created && created < startedAt - LookupClockMargin))
                    return null;
                continuation = runs.ContinuationToken;
            }
        }
        catch (KognitosApiException) when (failure is not null)
        {
            // Without a listing nobody can tell whether the run exists: report the start's own failure.
            throw failure;
        }

        return failure is null ? null : throw failure;
    }
}
