namespace KognitosGen;

/// <summary>Why an output fact could not be bound to its property.</summary>
public enum KognitosBindingErrorKind
{
    /// <summary>
    /// The run has no output with the fact's name; <see cref="KognitosBindingError.Candidates"/> names the returned
    /// output nearest to it, when one is near.
    /// </summary>
    Missing,

    /// <summary>Several outputs match the fact's name equally well.</summary>
    Ambiguous,

    /// <summary>The output's value cannot be read as the property's type.</summary>
    Unconvertible,
}
