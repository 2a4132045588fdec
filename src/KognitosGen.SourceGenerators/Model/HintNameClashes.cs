using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>
/// Processes whose generated files would share a hint name. Roslyn compares hint names ignoring case and throws
/// (CS8785, losing every generated file) when two outputs share one, which classes such as <c>Invoice</c> and
/// <c>INVOICE</c>, or two declarations of one name (partial class and partial struct), would cause.
/// </summary>
internal sealed record HintNameClashes(EquatableArray<string> SharedHintNames, EquatableArray<string> DuplicateTypes)
{
    private const string Suffix = ".Kognitos.g.cs";

    public static readonly HintNameClashes None = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty);

    /// <summary>The clashes among <paramref name="all"/>; a null entry is a class that generates nothing.</summary>
    public static HintNameClashes Find(ImmutableArray<ProcessSpec?> all)
    {
        if (all.Length < 2 || AllDistinct(all))
            return None;
        var specs = all.Where(static spec => spec is not null).Select(static spec => spec!).ToArray();
        var shared = specs.GroupBy(s => s.HintName, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Skip(1).Any())
            .SelectMany(g => g.Select(s => s.HintName))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        if (shared.Length == 0)
            return None;
        var duplicates = specs.GroupBy(s => s.FullyQualifiedName, StringComparer.Ordinal)
            .Where(g => g.Skip(1).Any())
            .Select(g => g.Key)
            .OrderBy(n => n, StringComparer.Ordinal)
            .ToArray();
        return new HintNameClashes(new EquatableArray<string>(shared), new EquatableArray<string>(duplicates));
    }

    // Almost always true: then nothing is grouped or sorted.
    private static bool AllDistinct(ImmutableArray<ProcessSpec?> specs)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var spec in specs)
        {
            if (spec is not null && !names.Add(spec.HintName))
                return false;
        }

        return true;
    }

    /// <summary>
    /// The hint name to emit <paramref name="spec"/> under: its own unless another process shares it; then one
    /// made unique by a hash of the exact type name, or null when the type itself is declared twice (the compiler
    /// reports that; generating both would only add errors).
    /// </summary>
    public string? HintNameFor(ProcessSpec spec)
    {
        // Checked before any search: nearly always nothing clashes.
        if (SharedHintNames.IsEmpty || !SharedHintNames.Contains(spec.HintName, StringComparer.OrdinalIgnoreCase))
            return spec.HintName;
        if (DuplicateTypes.Contains(spec.FullyQualifiedName, StringComparer.Ordinal))
            return null;
        var stem = spec.HintName.EndsWith(Suffix, StringComparison.Ordinal) ? spec.HintName.Substring(0, spec.HintName.Length - Suffix.Length) : spec.HintName;
        // A segment starting with a digit can be no namespace or type name, so it cannot clash with another process.
        return stem + ".0" + StableHash(spec.FullyQualifiedName).ToString("x16", CultureInfo.InvariantCulture) + Suffix;
    }

    /// <summary>64-bit FNV-1a over the UTF-16 code units: the same in every process and on every runtime.</summary>
    private static ulong StableHash(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var ch in text)
        {
            hash ^= ch;
            hash = unchecked(hash * 1099511628211UL);
        }

        return hash;
    }
}
