using System.Collections.Generic;

namespace KognitosGen.Cli.SchemaLock;

/// <summary>
/// A <c>kognitos.schema.json</c>, version 1. <c>Extensions</c> keep the <c>x-</c> members a reader met, by name,
/// each as compact JSON, so tools' additions survive a pull.
/// </summary>
internal sealed record SchemaLockFile(int Version, string? PulledAt, string? BaseUrl, IReadOnlyList<LockedAgent> Agents, LockExtensions Extensions)
{
    public const int CurrentVersion = 1;
    public const string DefaultFileName = "kognitos.schema.json";
}

/// <summary>An agent named to the pull, with its processes sorted by ID.</summary>
internal sealed record LockedAgent(string Id, IReadOnlyList<LockedProcess> Processes, LockExtensions Extensions);

/// <summary>A process as <c>GET /v2/processes</c> lists it, with the outputs seen in its last succeeded runs.</summary>
internal sealed record LockedProcess(string Id, string Name, string Stage, int RunsSampled, IReadOnlyList<LockedOutput> Outputs, LockExtensions Extensions);

/// <summary>An output fact: its JSON kinds, in how many sampled runs it appeared, and one example value.</summary>
internal sealed record LockedOutput(string Name, IReadOnlyList<string> Kinds, int Seen, string? Example, LockExtensions Extensions);

/// <summary>The <c>x-</c> members of one object of the lock, sorted by name (ordinal).</summary>
internal sealed class LockExtensions : SortedDictionary<string, string>
{
    public LockExtensions()
        : base(System.StringComparer.Ordinal)
    {
    }

    public static LockExtensions None => new();
}
