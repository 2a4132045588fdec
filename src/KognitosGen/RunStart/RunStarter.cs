using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.RunList;
using KognitosGen.Telemetry;
using KognitosGen.Timing;
using KognitosGen.Transport;
using KognitosGen.Wire;

namespace KognitosGen.RunStart;

/// <summary>
/// Starts runs so that each is created at most once even when answers are lost, in one of three modes
/// (<see cref="PlainStart"/>, <see cref="RecoveredStart"/>, <see cref="KeyedStart"/>). Every POST of a start, the
/// pipeline's re-sends and the recovery's alike, spends one budget: at most
/// <see cref="KognitosRetryOptions.MaxRetries"/> + 1 attempts, and the failure says how many were made over how long.
/// </summary>
internal sealed partial class RunStarter
{
    // While a lost start may still be on its way into the list, looks follow at a quarter of the lag, then doubling:
    // four looks in all (each may read every page), the last once the lag has passed.
    private const int RelookFraction = 4;

    // A key's search has no age limit: it reads the process's runs, as many pages as a recovery reads. (A day above the
    // minimum, so a search can take its margins off.)
    private static readonly DateTimeOffset AnyAge = DateTimeOffset.MinValue.AddDays(1);

    private readonly RunEndpoints _runs;
    private readonly KognitosRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly TimeSpan _listingLag;
    private readonly KognitosInputValueForm _inputValues;
    private readonly CreatedAtZoneObserver _createdAtZone = new();
    private readonly StartLedger _ledger = new();

    public RunStarter(RunEndpoints runs, KognitosClientOptions options)
    {
        _runs = runs;
        _retry = options.Retry;
        _time = options.TimeProvider;
        _listingLag = options.RunListingLag;
        _runLedger = options.RunLedger;
        _runLedgerLease = options.RunLedgerLease;
        _inputValues = options.InputValues;
    }

    /// <summary>
    /// Sends one start (a typed start's attempts share its <paramref name="budget"/>) and learns the zone of the
    /// server's offset-less created_at values from the answer.
    /// </summary>
    public async Task<KognitosRun> SendAsync(ArraySegment<byte> body, RetryBudget? budget, CancellationToken cancellationToken)
    {
        KognitosRun run;
        try
        {
            run = await _runs.CreateAsync(body, budget, cancellationToken).ConfigureAwait(false);
        }
        catch (KognitosApiException failure) when (InputTypeRefusal.Explain(failure, body, _inputValues) is { } explained)
        {
            throw explained;
        }

        _createdAtZone.Observe(run, _time.GetUtcNow());
        return run;
    }

    /// <summary>Sends an untyped start's body once (its inputs in <see cref="KognitosClientOptions.InputValues"/>' form).</summary>
    public Task<KognitosRun> SendUntypedAsync(byte[] body, CancellationToken cancellationToken)
    {
        if (_inputValues != KognitosInputValueForm.Strings)
            return SendAsync(new ArraySegment<byte>(body), budget: null, cancellationToken);
        byte[] strings;
        using (var rewritten = InputValueStrings.Rewrite(body))
            strings = rewritten.Written.AsSpan().ToArray();
        return SendAsync(new ArraySegment<byte>(strings), budget: null, cancellationToken);
    }

    /// <summary><paramref name="start"/>'s body under <paramref name="name"/>, its inputs in the configured form.</summary>
    private PooledBufferWriter WriteBody(TypedRunStart start, string name)
    {
        var body = start.WriteBody(name);
        if (_inputValues != KognitosInputValueForm.Strings)
            return body;
        var rewritten = InputValueStrings.Rewrite(body.Written);
        body.Dispose();
        return rewritten;
    }

    /// <summary>Starts <paramref name="start"/>'s run in <paramref name="mode"/>.</summary>
    /// <exception cref="KognitosDuplicateRunException">A keyed start found another run of its key beside the one it started.</exception>
    /// <exception cref="KognitosBusinessKeyConflictException">A ledgered keyed start had other inputs than its key's entry.</exception>
    public Task<KognitosRun> StartAsync(TypedRunStart start, RunStartMode mode, CancellationToken cancellationToken) => mode switch
    {
        KeyedStart keyed when _runLedger is { } ledger => StartLedgeredAsync(start, keyed, ledger, cancellationToken),
        KeyedStart keyed => StartKeyedAsync(start, keyed, cancellationToken),
        RecoveredStart recovered => StartRecoveredAsync(start, recovered.Token, cancellationToken),
        _ => StartPlainAsync(start, cancellationToken),
    };

    /// <summary>Sends the start, and again only after a failure that says the server did not act.</summary>
    private async Task<KognitosRun> StartPlainAsync(TypedRunStart start, CancellationToken cancellationToken)
    {
        var budget = new RetryBudget(_retry, _time);
        var body = WriteBody(start, start.RunName);
        while (true)
        {
            KognitosApiException failure;
            try
            {
                var run = await SendAsync(body.Written, budget, cancellationToken).ConfigureAwait(false);
                if (budget.Attempts == 1)
                    body.Dispose();
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
            await TimeProviderWaits.Delay(_time, delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Sends the start under <paramref name="token"/>; after a failure that may have reached the server (a dropped
    /// connection, a timeout, 500, 502, 504, an unreadable 2xx) the process's runs are searched and a run with the token
    /// is taken as the one started. Only when none is found, or when the server refused the request (429, 503) or it
    /// never left, is the start sent again; never after a handler of the HttpClient pipeline failed it.
    /// </summary>
    private async Task<KognitosRun> StartRecoveredAsync(TypedRunStart start, string token, CancellationToken cancellationToken)
    {
        var budget = new RetryBudget(_retry, _time);
        var body = WriteBody(start, RunStartToken.Append(start.RunName, token));
        var tokened = new TokenedStart(start.AgentId, start.ProcessId, start.Stage, token, _time.GetUtcNow(), _time.GetTimestamp());
        for (var attempt = 0; ; attempt++)
        {
            KognitosApiException failure;
            try
            {
                var sentAt = _time.GetTimestamp();
                var run = await SendAsync(body.Written, budget, cancellationToken).ConfigureAwait(false);
                _ledger.Add(tokened.Key, run.Id, sentAt, _time.GetTimestamp());
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
                        existing = await AwaitStartedRunAsync(tokened, failure, cancellationToken).ConfigureAwait(false);
                    }
                    catch (KognitosApiException reported) when (ReferenceEquals(reported, failure))
                    {
                        // Nobody can tell whether the run exists: the start's own failure, with its attempts.
                        throw budget.GaveUp(failure);
                    }

                    if (existing is not null)
                    {
                        activity?.SetTag("kognitos.run_id", existing.Id);
                        KognitosMetrics.StartRecovered(start.ProcessId, start.Stage, "found", failure);
                        return existing;
                    }
                }
            }

            if (!RunStartFailure.MayResend(failure))
                throw budget.GaveUp(failure);
            var delay = budget.DelayAfter(failure) ?? throw budget.GaveUp(failure);
            KognitosMetrics.StartRecovered(start.ProcessId, start.Stage, "resent", failure);
            KognitosMetrics.Retried("kognitos.runs.create", "POST", failure);
            await TimeProviderWaits.Delay(_time, delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The key's run when the process's runs hold one; otherwise a run started (and recovered) under the key's token,
    /// after which the runs are searched again, because another start of the key may have passed the same check at
    /// the same instant.
    /// </summary>
    private async Task<KognitosRun> StartKeyedAsync(TypedRunStart start, KeyedStart keyed, CancellationToken cancellationToken)
    {
        using var activity = KognitosTelemetry.Source.StartActivity("kognitos.runs.start_keyed", ActivityKind.Internal);
        var existing = await SearchAsync(KeySearch(start, keyed, AnyAge), listed: null, exceptRunId: null, cancellationToken).ConfigureAwait(false);
        if (existing.Run is { } found)
        {
            activity?.SetTag("kognitos.run_id", found.Id);
            activity?.SetTag("kognitos.run_existed", true);
            return found;
        }

        var startedAt = _time.GetUtcNow();
        var run = await StartRecoveredAsync(start, keyed.Token, cancellationToken).ConfigureAwait(false);
        activity?.SetTag("kognitos.run_id", run.Id);

        StartSearchOutcome twin;
        try
        {
            twin = await SearchAsync(KeySearch(start, keyed, startedAt), listed: null, exceptRunId: run.Id, cancellationToken).ConfigureAwait(false);
        }
        catch (KognitosApiException)
        {
            // The run started; only the check for a racing twin failed, and that cannot undo it.
            return run;
        }

        // A search that ran out of pages is taken as no twin.
        if (twin.Run is not { } other)
            return run;
        activity?.SetTag("kognitos.duplicate_run_id", other.Id);
        throw new KognitosDuplicateRunException(keyed.BusinessKey, run, other);
    }

    private TokenedStart KeySearch(TypedRunStart start, KeyedStart keyed, DateTimeOffset startedAt) =>
        new(start.AgentId, start.ProcessId, start.Stage, keyed.Token, startedAt, _time.GetTimestamp());

    /// <summary>
    /// The run whose name carries the start's token, searched for until <see cref="KognitosClientOptions.RunListingLag"/>
    /// has passed since the failure (a run may reach the list later than it is created); null when it never shows.
    /// A search that fails or runs out of pages reports <paramref name="failure"/>, as does a list seen lagging more
    /// than the bound (a start of the same process that this client saw answered that long before is missing from it).
    /// </summary>
    private async Task<KognitosRun?> AwaitStartedRunAsync(TokenedStart tokened, KognitosApiException failure, CancellationToken cancellationToken)
    {
        var failedAt = _time.GetTimestamp();
        var delay = TimeSpan.FromTicks(_listingLag.Ticks / RelookFraction);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var lookStarted = _time.GetTimestamp();
            var lookedAt = _time.GetElapsedTime(failedAt, lookStarted);
            listed.Clear();
            StartSearchOutcome outcome;
            try
            {
                outcome = await SearchAsync(tokened, listed, exceptRunId: null, cancellationToken).ConfigureAwait(false);
            }
            catch (KognitosApiException)
            {
                // Without a listing nobody can tell whether the run exists: report the start's own failure.
                throw failure;
            }

            // More pages than a search reads (an oldest-first list of a busy process, say): nobody can tell either.
            if (!outcome.Conclusive)
                throw failure;
            if (outcome.Run is not null)
                return outcome.Run;
            // A look that began once the lag had passed since the failure saw every run created before it, unless
            // the list lags more than the bound, which a start answered long enough ago and still unlisted shows.
            if (lookedAt >= _listingLag)
            {
                var answeredBy = lookStarted - (long)(_listingLag.TotalSeconds * _time.TimestampFrequency);
                foreach (var witness in _ledger.Witnesses(tokened.Key, tokened.SentAt, answeredBy))
                {
                    if (!listed.Contains(witness))
                        throw failure;
                }

                return null;
            }

            var remaining = _listingLag - _time.GetElapsedTime(failedAt);
            var wait = remaining < delay ? remaining : delay;
            if (wait > TimeSpan.Zero)
                await TimeProviderWaits.Delay(_time, wait, cancellationToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(delay.Ticks * 2);
        }
    }

    /// <summary>
    /// Searches the process's runs for the one carrying the token (other than <paramref name="exceptRunId"/>);
    /// <paramref name="listed"/> gets the IDs of every run read. A failed read throws.
    /// </summary>
    private async Task<StartSearchOutcome> SearchAsync(
        TokenedStart tokened, HashSet<string>? listed, string? exceptRunId, CancellationToken cancellationToken)
    {
        var query = new KognitosRunQuery(tokened.AgentId, tokened.ProcessId) { Stage = tokened.Stage, PageSize = 100 };
        var target = new StartTokenTarget(tokened.Token, tokened.StartedAt, _createdAtZone.Offset, exceptRunId, listed);
        var finished = await RunListSearch.SearchAsync(_runs, query, target, cancellationToken).ConfigureAwait(false);
        return target.Found is { } run ? StartSearchOutcome.Found(run)
            : finished ? StartSearchOutcome.Absent
            : StartSearchOutcome.Inconclusive;
    }
}
