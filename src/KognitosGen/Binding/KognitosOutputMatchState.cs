namespace KognitosGen.Binding;

/// <summary>How an output was found for a fact.</summary>
internal enum KognitosOutputMatchState : byte
{
    /// <summary>No output has the fact's name, exactly or normalised.</summary>
    None,

    /// <summary>One output has the fact's exact name.</summary>
    Exact,

    /// <summary>No output has the exact name, and one has the same normalised name.</summary>
    Normalized,

    /// <summary>Several outputs have the exact name, or (with none exact) the same normalised name.</summary>
    Ambiguous,
}
