using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace KognitosGen.Cli.Commands;

/// <summary>The files of <c>kognitos run --file</c>: checked before anything is sent, then uploaded through the client.</summary>
internal static class RunFiles
{
    /// <summary>The largest upload the Kognitos platform takes (1 GB); larger files fail here, before any upload.</summary>
    public const long MaxUploadBytes = 1L << 30;

    public static void Check(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var file = new FileInfo(path);
            if (!file.Exists)
                throw new CliException(ExitCodes.LocalFile, $"the file '{path}' does not exist.");
            if (file.Length > MaxUploadBytes)
                throw new CliException(ExitCodes.LocalFile, $"the file '{path}' is {file.Length} bytes, over the upload limit of {MaxUploadBytes} bytes.");
        }
    }

    /// <summary>Uploads each file (the three-step flow: create, upload, name in file_ids) and returns the file IDs.</summary>
    public static async Task<List<string>> UploadAsync(KognitosClient client, string agent, IEnumerable<string> paths, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        foreach (var path in paths)
        {
            try
            {
                ids.Add(await client.UploadFileAsync(KognitosFile.FromPath(path), agent, cancellationToken));
            }
            catch (KognitosApiException tooLarge) when (tooLarge.StatusCode == 413)
            {
                throw new CliException(ExitCodes.LocalFile, $"the file '{path}' exceeds the upload limit of the storage endpoint (413).");
            }
        }

        return ids;
    }
}
