namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>The C# version a process class needs (as a major version, e.g. 11), and what in it needs that version, for KOG0013.</summary>
internal sealed record LanguageNeed(int Version, string Reason)
{
    /// <summary>What every process needs: the generated code is C# 9.</summary>
    public static readonly LanguageNeed GeneratedCode = new(9, "the code KognitosGen generates for it is C# 9");
}
