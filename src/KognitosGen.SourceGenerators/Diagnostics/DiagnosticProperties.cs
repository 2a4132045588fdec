namespace KognitosGen.SourceGenerators.Diagnostics;

/// <summary>Keys of the values a diagnostic carries for its code fix (shared with the code fixes by source).</summary>
internal static class DiagnosticProperties
{
    /// <summary>The value the code fix writes: the lock's process name, near process ID, stage (Draft or Published) or closest fact, or an output fact's spelling.</summary>
    public const string Replacement = "Replacement";
}
