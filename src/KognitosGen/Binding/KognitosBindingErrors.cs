using System.Collections.Generic;
using System.ComponentModel;

namespace KognitosGen.Binding;

/// <summary>
/// The binding errors of one run, collected while generated code reads its outputs. A mutable struct, kept in a
/// local and passed by <see langword="ref"/>; it allocates only when the first error is added.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct KognitosBindingErrors
{
    private List<KognitosBindingError>? _errors;

    /// <summary>Whether any error has been added.</summary>
    public readonly bool HasErrors => _errors is { Count: > 0 };

    /// <summary>The errors added so far, in order.</summary>
    internal readonly IReadOnlyList<KognitosBindingError> Errors =>
        _errors ?? (IReadOnlyList<KognitosBindingError>)System.Array.Empty<KognitosBindingError>();

    /// <summary>Throws a <see cref="KognitosBindingException"/> listing every error, when there is any.</summary>
    /// <param name="run">The run whose outputs were bound.</param>
    public readonly void ThrowIfAny(KognitosRun run)
    {
        if (_errors is { Count: > 0 })
            throw new KognitosBindingException(run, _errors);
    }

    internal void Add(KognitosBindingError error) => (_errors ??= new List<KognitosBindingError>()).Add(error);

    internal void AddMissing(string factName, string expectedType, IReadOnlyList<string>? nearest = null) =>
        Add(new KognitosBindingError(factName, expectedType, KognitosBindingErrorKind.Missing, null, nearest));

    internal void AddAmbiguous(string factName, string expectedType, IReadOnlyList<string> candidates) =>
        Add(new KognitosBindingError(factName, expectedType, KognitosBindingErrorKind.Ambiguous, null, candidates));

    internal void AddUnconvertible(string factName, string expectedType, string? json) =>
        Add(new KognitosBindingError(factName, expectedType, KognitosBindingErrorKind.Unconvertible, json, null));
}
