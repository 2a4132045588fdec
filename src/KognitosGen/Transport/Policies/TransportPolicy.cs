using System;
using System.Threading.Tasks;

namespace KognitosGen.Transport.Policies;

/// <summary>
/// One concern of sending a call (retry, throttle, timeout, ...), a link of the <see cref="RequestPipeline"/>: it
/// does its part around the policies after it, which it reaches through <see cref="ProcessNextAsync"/>.
/// </summary>
internal abstract class TransportPolicy
{
    /// <summary>Does this policy's part of sending <paramref name="message"/>; <paramref name="next"/> are the policies after it.</summary>
    public abstract ValueTask ProcessAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next);

    /// <summary>Hands <paramref name="message"/> to the first of <paramref name="next"/>.</summary>
    protected static ValueTask ProcessNextAsync(ApiMessage message, ReadOnlyMemory<TransportPolicy> next) =>
        next.Length == 0
            ? throw new InvalidOperationException("The last policy of a pipeline must send the request.")
            : next.Span[0].ProcessAsync(message, next.Slice(1));
}
