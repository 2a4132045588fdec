using System;
using System.Net.Http;

namespace KognitosGen.Transport;

/// <summary>
/// What <see cref="KognitosSendOnceHandler"/> saw of one logical request of the client: whether any attempt passed
/// it towards the network, whether one may have reached the server, and what that attempt got. The pipeline attaches
/// one to each request it sends, in the request's options, which every re-sending handler keeps: Polly's retry
/// (Microsoft.Extensions.Http.Resilience, Microsoft.Extensions.Http.Polly) sends the same request instance again,
/// and the hedging handler's clones copy the options, so all attempts of one call share this object.
/// </summary>
internal sealed class RequestAttempts
{
    private const string OptionName = "KognitosGen.RequestAttempts";
#if NET5_0_OR_GREATER
    private static readonly HttpRequestOptionsKey<RequestAttempts> OptionKey = new(OptionName);
#endif

    private readonly object _gate = new();
    private int _inFlight;
    private bool _observed;
    private bool _mayHaveReachedServer;
    private bool _outcomeKnown;
    private int _status;
    private TimeSpan? _retryAfter;
    private Exception? _failure;

    private readonly TimeProvider _time;

    private RequestAttempts(bool sendOnce, TimeProvider time)
    {
        SendOnce = sendOnce;
        _time = time;
    }

    /// <summary>True for requests that are not safe to repeat (run starts, file creations, uploads).</summary>
    public bool SendOnce { get; }

    /// <summary>True once the guard has seen an attempt, so it is in the pipeline and the flags below are facts.</summary>
    public bool Observed
    {
        get { lock (_gate) return _observed; }
    }

    /// <summary>True when an attempt went past the guard and did not fail in a way that proves it never left.</summary>
    public bool MayHaveReachedServer
    {
        get { lock (_gate) return _mayHaveReachedServer; }
    }

    /// <summary>Attaches a fresh record to <paramref name="request"/>; <paramref name="time"/> reads Retry-After dates.</summary>
    public static RequestAttempts AttachTo(HttpRequestMessage request, bool sendOnce, TimeProvider time)
    {
        var attempts = new RequestAttempts(sendOnce, time);
#if NET5_0_OR_GREATER
        request.Options.Set(OptionKey, attempts);
#else
        request.Properties[OptionName] = attempts;
#endif
        return attempts;
    }

    /// <summary>The record of <paramref name="request"/>, or null for a request the client did not send.</summary>
    public static RequestAttempts? Of(HttpRequestMessage request)
    {
#if NET5_0_OR_GREATER
        return request.Options.TryGetValue(OptionKey, out var attempts) ? attempts : null;
#else
        return request.Properties.TryGetValue(OptionName, out var value) ? value as RequestAttempts : null;
#endif
    }

    /// <summary>
    /// Records an attempt about to go towards the network, or refuses it: a request that is not safe to repeat
    /// goes once, unless every earlier attempt failed in a way that proves it never left (a refused connection).
    /// </summary>
    /// <exception cref="KognitosResendRefusedException">An earlier attempt may have reached the server, or is still in flight.</exception>
    public void Begin(HttpRequestMessage request)
    {
        lock (_gate)
        {
            if (SendOnce && (_inFlight > 0 || _mayHaveReachedServer))
                throw new KognitosResendRefusedException(request.Method.Method, request.RequestUri?.AbsolutePath ?? "", Describe(), _failure);
            _observed = true;
            _inFlight++;
        }
    }

    /// <summary>Records the answer of an attempt.</summary>
    public void Answered(HttpResponseMessage response)
    {
        lock (_gate)
        {
            _inFlight--;
            _mayHaveReachedServer = true;
            if (!_outcomeKnown)
            {
                _outcomeKnown = true;
                _status = (int)response.StatusCode;
                _retryAfter = RetryAfterHeader.Read(response, _time);
            }
        }
    }

    /// <summary>Records an attempt that ended without an answer.</summary>
    public void Failed(Exception exception)
    {
        var reached = !NetworkFailure.ProvesNotSent(exception);
        lock (_gate)
        {
            _inFlight--;
            if (!reached)
                return;
            _mayHaveReachedServer = true;
            if (!_outcomeKnown)
            {
                _outcomeKnown = true;
                _failure = exception;
            }
        }
    }

    /// <summary>
    /// The answer of the attempt that may have reached the server: its status (0 when it got none), Retry-After and
    /// failure; <c>Known</c> is false while that attempt is still in flight.
    /// </summary>
    public (bool Known, int Status, TimeSpan? RetryAfter, Exception? Failure) FirstOutcome()
    {
        lock (_gate)
            return (_outcomeKnown, _status, _retryAfter, _failure);
    }

    // Under _gate.
    private string Describe() =>
        !_outcomeKnown ? "is still in flight"
        : _failure is null ? $"was answered with HTTP {_status}"
        : _failure is OperationCanceledException ? "was cancelled before an answer arrived (a timeout)"
        : "got no answer (" + _failure.GetType().Name + ")";
}
