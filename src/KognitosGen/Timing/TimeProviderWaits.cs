using System;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Timing;

/// <summary>
/// Delays and timeouts on the client's <see cref="TimeProvider"/>, so that a fake clock in tests moves polling,
/// backoff and timeouts along without waiting. The system provider behaves exactly like Task.Delay and CancelAfter.
/// </summary>
internal static class TimeProviderWaits
{
    public static Task Delay(TimeProvider time, TimeSpan delay, CancellationToken cancellationToken) =>
#if NET8_0_OR_GREATER
        Task.Delay(delay, time, cancellationToken);
#else
        TimeProviderTaskExtensions.Delay(time, delay, cancellationToken);
#endif

    /// <summary>A token source that cancels itself after <paramref name="delay"/> on <paramref name="time"/>.</summary>
    public static CancellationTokenSource CancelAfter(TimeProvider time, TimeSpan delay) =>
#if NET8_0_OR_GREATER
        new(delay, time);
#else
        TimeProviderTaskExtensions.CreateCancellationTokenSource(time, delay);
#endif
}
