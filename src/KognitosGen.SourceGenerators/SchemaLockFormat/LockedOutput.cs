using System.Collections.Generic;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>An output fact the lock saw in a process's sampled runs.</summary>
internal sealed class LockedOutput
{
    public LockedOutput(string name, OutputKinds kinds, int seen, string? example, IReadOnlyList<LockExtension> extensions)
    {
        Name = name;
        Kinds = kinds;
        Seen = seen;
        Example = example;
        Extensions = extensions;
    }

    public string Name { get; }

    /// <summary>At least one kind (the reader refuses an empty list).</summary>
    public OutputKinds Kinds { get; }

    /// <summary>In how many of the sampled runs the fact appeared; never more than were sampled.</summary>
    public int Seen { get; }

    /// <summary>One value as compact JSON, when the lock has one.</summary>
    public string? Example { get; }

    public IReadOnlyList<LockExtension> Extensions { get; }
}
