using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Options;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>The MSBuild properties the generator reads (made visible to the compiler by the package's props file).</summary>
internal sealed record GeneratorOptions(string? AgentId, int? Stage, bool Disabled)
{
    public const string AgentIdProperty = "build_property.KognitosAgentId";
    public const string StageProperty = "build_property.KognitosProcessStage";
    public const string DisableProperty = "build_property.DisableKognitosGenSourceGenerator";

    public static GeneratorOptions From(AnalyzerConfigOptions options)
    {
        options.TryGetValue(AgentIdProperty, out var agentId);
        options.TryGetValue(StageProperty, out var stageText);
        options.TryGetValue(DisableProperty, out var disabled);
        return new GeneratorOptions(
            string.IsNullOrWhiteSpace(agentId) ? null : agentId!.Trim(),
            ParseStage(stageText),
            string.Equals(disabled?.Trim(), "true", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>"Published" is 0 and "Draft" 1, as in the runtime's KognitosStage; anything else is ignored.</summary>
    public static int? ParseStage(string? text) => text?.Trim().ToUpperInvariant() switch
    {
        "PUBLISHED" => 0,
        "DRAFT" => 1,
        _ => null,
    };
}
