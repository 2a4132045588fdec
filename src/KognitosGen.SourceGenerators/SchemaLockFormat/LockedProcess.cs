using System.Collections.Generic;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.SchemaLockFormat;

/// <summary>A process of a locked agent, as the API listed it, with the outputs its sampled runs returned.</summary>
internal sealed class LockedProcess
{
    private readonly Dictionary<string, LockedOutput> _byName = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, LockedOutput> _byNormalizedName = new(System.StringComparer.Ordinal);

    public LockedProcess(string id, string name, string stage, int runsSampled, IReadOnlyList<LockedOutput> outputs, IReadOnlyList<LockExtension> extensions)
    {
        Extensions = extensions;
        Id = id;
        Name = name;
        Stage = stage;
        RunsSampled = runsSampled;
        Outputs = outputs;
        foreach (var output in outputs)
        {
            _byName[output.Name] = output;
            // The first of two facts that normalise alike wins; the reader refuses only exact duplicates.
            var normalized = FactNames.Normalize(output.Name);
            if (!_byNormalizedName.ContainsKey(normalized))
                _byNormalizedName[normalized] = output;
        }
    }

    public string Id { get; }

    public string Name { get; }

    /// <summary>One of <see cref="ProcessStageNames"/> (the reader refuses any other).</summary>
    public string Stage { get; }

    public int RunsSampled { get; }

    /// <summary>In the lock's order; names are unique (the reader refuses duplicates).</summary>
    public IReadOnlyList<LockedOutput> Outputs { get; }

    public IReadOnlyList<LockExtension> Extensions { get; }

    /// <summary>The output a fact name binds to at run time: the exact name first, then the normalised one.</summary>
    public LockedOutput? FindOutput(string factName) =>
        _byName.TryGetValue(factName, out var exact) ? exact
        : _byNormalizedName.TryGetValue(FactNames.Normalize(factName), out var similar) ? similar
        : null;
}
