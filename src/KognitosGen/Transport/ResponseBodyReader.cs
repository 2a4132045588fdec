using System;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Transport;

internal static class ResponseBodyReader
{
    /// <summary>Reads the whole body, failing as soon as it passes <paramref name="maxBytes"/>.</summary>
    /// <returns>The body, or null when it is larger than the cap.</returns>
    public static async Task<ReadOnlyMemory<byte>?> ReadAsync(HttpContent? content, int maxBytes, CancellationToken cancellationToken)
    {
        if (content is null)
            return ReadOnlyMemory<byte>.Empty;
        if (content.Headers.ContentLength is long declared && declared > maxBytes)
            return null;

#if NET5_0_OR_GREATER
        using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
#else
        using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
#endif
        var initial = content.Headers.ContentLength is long known ? (int)Math.Min(known, maxBytes) : 4096;
        using var buffer = new MemoryStream(Math.Max(initial, 16));
        var chunk = new byte[16 * 1024];
        while (true)
        {
#if NET5_0_OR_GREATER
            var read = await stream.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false);
#else
            var read = await stream.ReadAsync(chunk, 0, chunk.Length, cancellationToken).ConfigureAwait(false);
#endif
            if (read == 0)
                break;
            if (buffer.Length + read > maxBytes)
                return null;
            buffer.Write(chunk, 0, read);
        }

        return new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
