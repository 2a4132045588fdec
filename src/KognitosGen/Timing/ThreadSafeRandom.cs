using System;

namespace KognitosGen.Timing;

/// <summary>Jitter needs randomness, not security; one generator per thread avoids locking.</summary>
internal static class ThreadSafeRandom
{
#if NET6_0_OR_GREATER
    public static double NextDouble() => Random.Shared.NextDouble();
#else
    [ThreadStatic]
    private static Random? _local;

    public static double NextDouble() =>
        (_local ??= new Random(Guid.NewGuid().GetHashCode())).NextDouble();
#endif
}
