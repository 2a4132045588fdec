using System.ComponentModel;

namespace KognitosGen.Binding;

/// <summary>
/// Where one fact's value lies in a run's outputs JSON, as found by <see cref="KognitosOutputSchema.Match"/>.
/// Opaque; unmanaged, so generated code keeps a span of them on the stack.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public readonly struct KognitosOutputMatch
{
    internal KognitosOutputMatch(KognitosOutputMatchState state, int valueStart, int valueLength)
    {
        State = state;
        ValueStart = valueStart;
        ValueLength = valueLength;
    }

    /// <summary>The offset of the value's first byte in the outputs JSON.</summary>
    internal readonly int ValueStart;

    /// <summary>The value's length in bytes; 0 when the output item has no "value" member (read as null).</summary>
    internal readonly int ValueLength;

    /// <summary>How the fact was found.</summary>
    internal readonly KognitosOutputMatchState State;

    internal bool IsFound => State is KognitosOutputMatchState.Exact or KognitosOutputMatchState.Normalized;
}

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
