using KognitosGen.SourceGenerators.Options;

namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>What every process's emit step shares: the defaults, whether the language version can take the code, hint-name clashes.</summary>
internal sealed record EmitSettings(ProcessDefaults Defaults, bool Supported, HintNameClashes Clashes);
