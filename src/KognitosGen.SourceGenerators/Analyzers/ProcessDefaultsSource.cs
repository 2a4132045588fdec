using KognitosGen.SourceGenerators.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>What a process falls back to, read once per compilation: the assembly attribute, then MSBuild.</summary>
internal sealed class ProcessDefaultsSource
{
    private ProcessDefaultsSource(string? agentId, string agentIdOrigin, int? stage)
    {
        AgentId = agentId;
        AgentIdOrigin = agentIdOrigin;
        Stage = stage;
    }

    public string? AgentId { get; }

    /// <summary>Where <see cref="AgentId"/> came from, for messages.</summary>
    public string AgentIdOrigin { get; }

    public int? Stage { get; }

    public static ProcessDefaultsSource Read(Compilation compilation, AnalyzerConfigOptionsProvider options)
    {
        var msbuild = GeneratorOptions.From(options.GlobalOptions);
        var assembly = AssemblyDefaults.From(compilation);
        return assembly.AgentId is { } fromAssembly
            ? new ProcessDefaultsSource(fromAssembly, "agent ID of [assembly: KognitosDefaults]", assembly.Stage ?? msbuild.Stage)
            : new ProcessDefaultsSource(msbuild.AgentId, "agent ID of the KognitosAgentId MSBuild property", assembly.Stage ?? msbuild.Stage);
    }
}
