namespace KognitosGen.SourceGenerators.SchemaLock;

/// <summary>An output fact the lock saw in a process's sampled runs.</summary>
internal sealed class LockedOutput
{
    public LockedOutput(string name, OutputKinds kinds, int seen)
    {
        Name = name;
        Kinds = kinds;
        Seen = seen;
    }

    public string Name { get; }

    public OutputKinds Kinds { get; }

    /// <summary>In how many of the sampled runs the fact appeared.</summary>
    public int Seen { get; }
}
