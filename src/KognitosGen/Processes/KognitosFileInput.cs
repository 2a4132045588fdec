using System;

namespace KognitosGen;

/// <summary>A file a process takes, paired with the fact name its class gave it.</summary>
public sealed class KognitosFileInput
{
    /// <summary>Pairs a fact name with a file.</summary>
    /// <param name="factName">The name from <see cref="KognitosFileAttribute"/>.</param>
    /// <param name="file">The file to upload.</param>
    public KognitosFileInput(string factName, KognitosFile file)
    {
        FactName = factName ?? throw new ArgumentNullException(nameof(factName));
        File = file ?? throw new ArgumentNullException(nameof(file));
    }

    /// <summary>The name from <see cref="KognitosFileAttribute"/>.</summary>
    public string FactName { get; }

    /// <summary>The file to upload.</summary>
    public KognitosFile File { get; }
}
