using System;
using System.Net.Http;

namespace KognitosGen.Transport;

internal static class RetryAfterHeader
{
    /// <summary>Reads <c>Retry-After</c> as seconds or as an HTTP date (against <paramref name="time"/>); null when absent.</summary>
    public static TimeSpan? Read(HttpResponseMessage response, TimeProvider time)
    {
        var header = response.Headers.RetryAfter;
        if (header is null)
            return null;
        if (header.Delta is { } delta)
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        if (header.Date is { } date)
        {
            var wait = date - time.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }
}
