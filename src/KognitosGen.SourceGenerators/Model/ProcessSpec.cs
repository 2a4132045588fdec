using KognitosGen.SourceGenerators.Helpers;

namespace KognitosGen.SourceGenerators.Model;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>Everything the emitter needs to generate one process class, and nothing from Roslyn.</summary>
internal sealed record ProcessSpec(
    string Namespace,
    EquatableArray<ContainingTypeSpec> ContainingTypes,
    string Keyword,
    string TypeName,
    string FullyQualifiedName,
    string HintName,
    string ProcessName,
    string? AgentId,
    string? ProcessId,
    int? Stage,
    string? JsonContext,
    EquatableArray<InputSpec> Inputs,
    EquatableArray<OutputSpec> Outputs,
    EquatableArray<FileSpec> Files,
    EquatableArray<string> ReservedMemberNames,
    LanguageNeed Language);
