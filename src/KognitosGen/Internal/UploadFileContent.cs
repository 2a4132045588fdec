using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;

namespace KognitosGen;

/// <summary>
/// The bytes of a <see cref="KognitosFile"/>, opened only when sent and streamed, never buffered whole. A
/// stream the caller owns is left open.
/// </summary>
internal sealed class UploadFileContent : HttpContent
{
    private readonly KognitosFile _file;

    public UploadFileContent(KognitosFile file) => _file = file;

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
    {
        var source = _file.Open(out var dispose);
        try
        {
            await source.CopyToAsync(stream, 81920).ConfigureAwait(false);
        }
        finally
        {
            if (dispose)
                source.Dispose();
        }
    }

    protected override bool TryComputeLength(out long length)
    {
        var known = _file.Length;
        length = known ?? 0;
        return known.HasValue;
    }
}
