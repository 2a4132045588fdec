using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Wire;

internal static class Paging
{
    /// <summary>Follows <c>continuation_token</c> until the server sends none; fails on a token it already sent, which would loop.</summary>
    public static async IAsyncEnumerable<T> EnumerateAsync<T>(
        Func<string?, CancellationToken, Task<KognitosPage<T>>> fetchPage,
        string endpoint,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        string? token = null;
        do
        {
            var page = await fetchPage(token, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
                yield return item;

            token = page.HasMore ? page.ContinuationToken : null;
            if (token is not null && !seen.Add(token))
                throw new InvalidOperationException($"{endpoint} returned a continuation token it had already returned; stopping rather than looping.");
        }
        while (token is not null);
    }
}
