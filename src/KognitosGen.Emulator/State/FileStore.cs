using System;
using System.Collections.Concurrent;

namespace KognitosGen.Emulator;

/// <summary>Thread-safe store of announced files.</summary>
internal sealed class FileStore
{
    private readonly ConcurrentDictionary<string, StoredFile> _byId = new(StringComparer.Ordinal);

    public StoredFile Add(Func<string, StoredFile> create)
    {
        while (true)
        {
            var file = create(IdGenerator.NewId());
            if (_byId.TryAdd(file.Id, file))
                return file;
        }
    }

    public bool TryGet(string id, out StoredFile file) => _byId.TryGetValue(id, out file!);
}
