using System;
using System.Collections.Concurrent;

namespace KognitosGen.Emulator;

/// <summary>Thread-safe store of announced files.</summary>
internal sealed class FileStore
{
    private readonly ConcurrentDictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, StoredFile> _byUploadId = new(StringComparer.Ordinal);

    /// <summary>Creates and stores a file; <paramref name="create"/> gets a fresh short ID.</summary>
    public StoredFile Add(Func<string, StoredFile> create)
    {
        while (true)
        {
            var file = create(IdGenerator.NewId());
            if (!_byUploadId.TryAdd(file.UploadId, file))
                continue;
            _byId[file.Id] = file;
            return file;
        }
    }

    /// <summary>A file by the ID the API shows (as in <c>file_ids</c>).</summary>
    public bool TryGet(string id, out StoredFile file) => _byId.TryGetValue(id, out file!);

    /// <summary>A file by the short ID in its upload URL.</summary>
    public bool TryGetForUpload(string uploadId, out StoredFile file) => _byUploadId.TryGetValue(uploadId, out file!);
}
