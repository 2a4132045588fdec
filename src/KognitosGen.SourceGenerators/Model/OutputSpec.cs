namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>A property bound from a run output; nullable ones may be absent.</summary>
internal sealed record OutputSpec(string PropertyName, string FactName, TypeSpec Type);
