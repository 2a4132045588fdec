namespace KognitosGen.SourceGenerators.Options;

// Must stay immutable and structurally equatable: generator caching compares models by value.

/// <summary>What a process falls back to when its attribute leaves a value out: assembly attribute over MSBuild.</summary>
internal sealed record ProcessDefaults(string? AgentId, int? Stage, bool Disabled)
{
    public static ProcessDefaults Merge(GeneratorOptions msbuild, AssemblyDefaults assembly) =>
        new(assembly.AgentId ?? msbuild.AgentId, assembly.Stage ?? msbuild.Stage, msbuild.Disabled);
}
