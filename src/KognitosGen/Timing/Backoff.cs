using System;

namespace KognitosGen.Timing;

internal static class Backoff
{
    /// <summary>Full jitter: a random delay up to base·2^attempt, capped, so that retrying clients spread out.</summary>
    public static TimeSpan FullJitter(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var ceiling = Math.Min(maxDelay.TotalMilliseconds, baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30)));
        return TimeSpan.FromMilliseconds(ceiling * ThreadSafeRandom.NextDouble());
    }

    /// <summary>Shortens or lengthens <paramref name="delay"/> by a random share of at most <paramref name="fraction"/>.</summary>
    public static TimeSpan Jittered(TimeSpan delay, double fraction)
    {
        var factor = 1.0 + fraction * (2.0 * ThreadSafeRandom.NextDouble() - 1.0);
        return TimeSpan.FromMilliseconds(Math.Max(0, delay.TotalMilliseconds * factor));
    }
}
