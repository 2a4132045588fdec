namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>A <c>KognitosFile</c> property (or a collection of them) uploaded before the run.</summary>
internal sealed record FileSpec(string PropertyName, string FactName, bool IsCollection);
