using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>What the parser made of one annotated class: a spec to emit (null when it cannot be), and diagnostics.</summary>
internal sealed record ParseResult(ProcessSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
