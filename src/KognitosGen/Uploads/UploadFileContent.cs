using System.Buffers;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace KognitosGen.Uploads;

/// <summary>
/// The bytes of a <see cref="KognitosFile"/>, opened only when sent and streamed, never buffered whole. A
/// stream the caller owns is left open.
/// </summary>
internal sealed class UploadFileContent : HttpContent
{
    private const int BufferSize = 81920;

    private readonly KognitosFile _file;
    private readonly UploadByteCounter? _sent;

    /// <param name="file">The file to stream.</param>
    /// <param name="sent">Where to count the bytes sent, when upload sizes are measured; else null.</param>
    public UploadFileContent(KognitosFile file, UploadByteCounter? sent = null)
    {
        _file = file;
        _sent = sent;
    }

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var source = _file.Open(out var dispose);
        try
        {
            if (_sent is null)
                await source.CopyToAsync(stream, BufferSize).ConfigureAwait(false);
            else
                _sent.Count = await CountingCopyAsync(source, stream).ConfigureAwait(false);
        }
        finally
        {
            if (dispose)
                source.Dispose();
        }
    }

    private static async Task<long> CountingCopyAsync(Stream source, Stream destination)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            long total = 0;
            int read;
            while ((read = await source.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
            {
                await destination.WriteAsync(buffer, 0, read).ConfigureAwait(false);
                total += read;
            }

            return total;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        var known = _file.Length;
        length = known ?? 0;
        return known.HasValue;
    }
}
