using System;
using System.Globalization;
using System.Threading;

namespace KognitosGen.Transport;

/// <summary>
/// The retries one logical step may spend (<see cref="KognitosRetryOptions.MaxRetries"/> after its first attempt),
/// shared by every attempt of it: the pipeline's re-sends and a typed step's own (a run start sent again after its
/// lookup found no run, a file slot asked for again), so that retries inside retries cannot multiply.
/// </summary>
internal sealed class RetryBudget
{
    private readonly KognitosRetryOptions _retry;
    private readonly TimeProvider _time;
    private readonly long _startedAt;
    private int _attempts;

    public RetryBudget(KognitosRetryOptions retry, TimeProvider time)
    {
        _retry = retry;
        _time = time;
        _startedAt = time.GetTimestamp();
    }

    /// <summary>How many requests the step has sent (or tried to).</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Counts one more request of the step.</summary>
    public void Attempted() => Interlocked.Increment(ref _attempts);

    /// <summary>
    /// The wait before the next attempt after <paramref name="failure"/> (its Retry-After, else backoff); null when the
    /// retries are spent or the server asks for a longer wait than <see cref="KognitosRetryOptions.MaxRetryAfter"/>.
    /// </summary>
    public TimeSpan? DelayAfter(KognitosApiException failure) => _retry.DelayAfter(failure, Math.Max(0, Attempts - 1));

    /// <summary><paramref name="failure"/>, its message saying how many attempts the step made and over how long.</summary>
    public KognitosApiException GaveUp(KognitosApiException failure)
    {
        var attempts = Attempts;
        var seconds = _time.GetElapsedTime(_startedAt).TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
        return failure.WithMessage(
            $"{failure.Message} ({attempts} attempt{(attempts == 1 ? "" : "s")} over {seconds} s; Retry.MaxRetries is {_retry.MaxRetries})");
    }
}
