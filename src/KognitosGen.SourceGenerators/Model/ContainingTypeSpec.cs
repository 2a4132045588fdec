namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>A type the process class is nested in: its keyword (<c>class</c>, <c>record struct</c>, ...) and name.</summary>
internal sealed record ContainingTypeSpec(string Keyword, string Name);
