using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using KognitosGen.SourceGenerators.Model;
using Microsoft.CodeAnalysis;

namespace KognitosGen.SourceGenerators.Parsing;

/// <summary>
/// Each property type of a compilation classified once: the property type reader hands every class that spells a
/// type the same way in the same import scope the same symbol, so one look-up replaces a classification (and the
/// names it formats) per property. Keyed by the symbol instance, which carries its nullability: two instances of the
/// same type are classified apart, never confused.
/// </summary>
internal sealed class ClassifiedTypes
{
    private static readonly ConditionalWeakTable<Compilation, ClassifiedTypes> ByCompilation = new();

    private readonly ConcurrentDictionary<(ITypeSymbol Type, bool HasJsonContext), (TypeSpec? Spec, string? Problem)> _specs = new(SameInstance.Comparer);

    public static ClassifiedTypes For(Compilation compilation) => ByCompilation.GetValue(compilation, static _ => new ClassifiedTypes());

    /// <summary>What <see cref="TypeClassifier.Classify"/> says of <paramref name="type"/>, made once per instance.</summary>
    public TypeSpec? Classify(ITypeSymbol type, bool hasJsonContext, out string? problem)
    {
        var key = (type, hasJsonContext);
        if (!_specs.TryGetValue(key, out var known))
        {
            known = (TypeClassifier.Classify(type, hasJsonContext, out var made), made);
            _specs.TryAdd(key, known);
        }

        problem = known.Problem;
        return known.Spec;
    }

    // A symbol's own Equals ignores nullability: the instance is the key.
    private sealed class SameInstance : IEqualityComparer<(ITypeSymbol Type, bool HasJsonContext)>
    {
        public static readonly SameInstance Comparer = new();

        public bool Equals((ITypeSymbol Type, bool HasJsonContext) x, (ITypeSymbol Type, bool HasJsonContext) y) =>
            ReferenceEquals(x.Type, y.Type) && x.HasJsonContext == y.HasJsonContext;

        public int GetHashCode((ITypeSymbol Type, bool HasJsonContext) key) =>
            (RuntimeHelpers.GetHashCode(key.Type) * 2) + (key.HasJsonContext ? 1 : 0);
    }
}
