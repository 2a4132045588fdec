using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.RunStart;
using KognitosGen.Telemetry;
using KognitosGen.Timing;
using KognitosGen.Transport;
using KognitosGen.Wire;

namespace KognitosGen;

public sealed partial class KognitosClient
{
    // How many pages a lookup reads before deciding nobody can tell whether the run was created.
    private const int LookupMaxPages = 10;

    // While a lost start may still be on its way into the list, looks follow at a quarter of the lag, then doubling:
    // four looks in all (each may read every page), the last once the lag has passed.
    private const int RelookFraction = 4;

    /// <summary>
    /// Starts a run so that it is created at most once even when answers are lost. The run name carries a random
    /// token; after a failure that may have reached the server (a dropped connection, a timeout, 500, 502, 504, an
    /// unreadable 2xx) the process's runs are listed and a run with the token is taken as the one started. Only when
    /// none is found, or when the server refused the request (429, 503) or it never left, is the start sent again;
    /// never after a handler of the HttpClient pipeline failed it (<see cref="KognitosFailureKind.Handler"/>). Every
    /// POST of the start, the pipeline's re-sends and the recovery's alike, spends one budget: at most
    /// <see cref="KognitosRetryOptions.MaxRetries"/> + 1 attempts, and the failure says how many were made over how long.
    /// </summary>
    /// <remarks>A business key's start passes its key's token (<see cref="RunStartToken.ForKey"/>) as the last argument.</remarks>
    private async Task<KognitosRun> StartRunOnceAsync(
        string baseName, string agentId, string processId, KognitosStage stage, Func<string, PooledBufferWriter> bodyFor, CancellationToken cancellationToken,
        string? keyToken = null)
    {
        var budget = new RetryBudget(_options.Retry, _options.TimeProvider);
        if (!_options.RunStartRecovery && keyToken is null)
        {
            var plain = bodyFor(baseName);
            while (true)
            {
                KognitosApiException failure;
                try
                {
                    var run = await StartRunAsync(plain.Written, cancellationToken, budget).ConfigureAwait(false);
                    if (budget.Attempts == 1)
                        plain.Dispose();
                    return run;
                }
                catch (KognitosApiException exception) when (RunStartFailure.MayResendUnlooked(exception))
                {
                    failure = exception;
                }
                catch (KognitosApiException exception)
                {
                    throw budget.GaveUp(exception);
                }

                var delay = budget.DelayAfter(failure) ?? throw budget.GaveUp(failure);
                await TimeProviderWaits.Delay(_options.TimeProvider, delay, cancellationToken).ConfigureAwait(false);
            }
        }

        var token = keyToken ?? RunStartToken.New();
        var body = bodyFor(RunStartToken.Append(baseName, token));
        var startedAt = _options.TimeProvider.GetUtcNow();
        var lookup = new StartLookup(agentId, processId, stage, token, startedAt, _options.TimeProvider.GetTimestamp());
        for (var attempt = 0; ; attempt++)
        {
            KognitosApiException failure;
            try
            {
                var sentAt = _options.TimeProvider.GetTimestamp();
                var run = await StartRunAsync(body.Written, cancellationToken, budget).ConfigureAwait(false);
                _recentStarts.Add(lookup.Key, run.Id, sentAt, _options.TimeProvider.GetTimestamp());
                // The pool gets the buffer back only when its one send was answered: after a failure an abandoned
                // send could, in principle, still be reading it, and it must never read another request's bytes.
                if (budget.Attempts == 1)
                    body.Dispose();
                return run;
            }
            catch (KognitosApiException exception) when (RunStartFailure.MayRecover(exception))
            {
                failure = exception;
            }
            catch (KognitosApiException exception)
            {
                throw budget.GaveUp(exception);
            }

            using (var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.recover", ActivityKind.Internal))
            {
                activity?.SetTag("kognitos.attempt", attempt + 1);
                activity?.SetTag("error.type", KognitosTelemetry.ErrorType(failure));
                if (RunStartFailure.MayHaveCreatedTheRun(failure))
                {
                    KognitosRun? existing;
                    try
                    {
                        existing = await AwaitStartedRunAsync(lookup, failure, cancellationToken).ConfigureAwait(false);
                    }
                    catch (KognitosApiException reported) when (ReferenceEquals(reported, failure))
                    {
                        // Nobody can tell whether the run exists: the start's own failure, with its attempts.
                        throw budget.GaveUp(failure);
                    }

                    if (existing is not null)
                    {
                        activity?.SetTag("kognitos.run_id", existing.Id);
                        KognitosMetrics.StartRecovered(processId, stage, "found", failure);
                        return existing;
                    }
                }
            }

            if (!RunStartFailure.MayResend(failure))
                throw budget.GaveUp(failure);
            var delay = budget.DelayAfter(failure) ?? throw budget.GaveUp(failure);
            KognitosMetrics.StartRecovered(processId, stage, "resent", failure);
            KognitosMetrics.Retried("kognitos.runs.create", "POST", failure);
            await TimeProviderWaits.Delay(_options.TimeProvider, delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The run whose name carries the start's token, looked for until <see cref="KognitosClientOptions.RunListingLag"/>
    /// has passed since the failure (a run may reach the list later than it is created); null when it never shows.
    /// When a start of the same process that this client saw answered at least that long before the last look is
    /// missing from it, the list lags more than the bound: nobody can tell, so the start's failure is reported.
    /// </summary>
    private async Task<KognitosRun?> AwaitStartedRunAsync(StartLookup lookup, KognitosApiException failure, CancellationToken cancellationToken)
    {
        var time = _options.TimeProvider;
        var failedAt = time.GetTimestamp();
        var delay = TimeSpan.FromTicks(_options.RunListingLag.Ticks / RelookFraction);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var lookStarted = time.GetTimestamp();
            var lookedAt = time.GetElapsedTime(failedAt, lookStarted);
            listed.Clear();
            var found = await FindStartedRunAsync(lookup, listed, failure, cancellationToken).ConfigureAwait(false);
            if (found is not null)
                return found;
            // A look that began once the lag had passed since the failure saw every run created before it, unless
            // the list lags more than the bound, which a start answered long enough ago and still unlisted shows.
            if (lookedAt >= _options.RunListingLag)
            {
                var answeredBy = lookStarted - (long)(_options.RunListingLag.TotalSeconds * time.TimestampFrequency);
                foreach (var witness in _recentStarts.Witnesses(lookup.Key, lookup.SentAt, answeredBy))
                {
                    if (!listed.Contains(witness))
                        throw failure;
                }

                return null;
            }

            var remaining = _options.RunListingLag - time.GetElapsedTime(failedAt);
            var wait = remaining < delay ? remaining : delay;
            if (wait > TimeSpan.Zero)
                await TimeProviderWaits.Delay(time, wait, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(delay.Ticks * 2);
        }
    }

    /// <summary>
    /// The run whose name carries the token (other than <paramref name="exceptRunId"/>), or null when the listing shows
    /// none; <paramref name="listed"/> gets the IDs of every run read, which cover every run created since the start
    /// that the list shows. With a <paramref name="failure"/> (a recovery) a listing that fails or runs out of pages
    /// reports that failure; without one (a business key's lookups) the listing's own failure surfaces and running
    /// out means none.
    /// </summary>
    private async Task<KognitosRun?> FindStartedRunAsync(
        StartLookup lookup, HashSet<string>? listed, KognitosApiException? failure, CancellationToken cancellationToken, string? exceptRunId = null)
    {
        var query = new KognitosRunQuery(lookup.AgentId, lookup.ProcessId) { Stage = lookup.Stage, PageSize = 100 };
        var scan = new RunListScan(lookup.Token, lookup.StartedAt, _createdAtZone.Offset);
        string? continuation = null;
        try
        {
            for (var page = 0; page < LookupMaxPages; page++)
            {
                var runs = await ListRunsPageAsync(query, continuation, cancellationToken).ConfigureAwait(false);
                if (scan.Find(runs.Items, exceptRunId) is { } run)
                    return run;
                foreach (var item in runs.Items)
                    listed?.Add(item.Id);
                if (!runs.HasMore || (runs.Items.Count > 0 && scan.PassedTheStart(runs.Items[runs.Items.Count - 1])))
                    return null;
                continuation = runs.ContinuationToken;
            }
        }
        catch (KognitosApiException) when (failure is not null)
        {
            // Without a listing nobody can tell whether the run exists: report the start's own failure.
            throw failure;
        }

        // More pages than a lookup reads (an oldest-first list of a busy process, say): nobody can tell either; a
        // business key's lookup (no failure to report) takes it as none.
        return failure is null ? null : throw failure;
    }
}
