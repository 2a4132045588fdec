namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>A property written as a run input.</summary>
internal sealed record InputSpec(string PropertyName, string FactName, TypeSpec Type);
