using System;
using System.Threading;
using KognitosGen.SourceGenerators.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace KognitosGen.SourceGenerators.Analyzers;

/// <summary>
/// What a process falls back to: the assembly attribute, then MSBuild. Read once per compilation, and only when a
/// process leaves a value out: reading the assembly's attributes binds them, and that first binding (which builds the
/// compilation's merged declarations) would otherwise be charged to the analyzer at the start of every compilation.
/// </summary>
internal sealed class ProcessDefaultsSource
{
    private readonly Lazy<(string? AgentId, string AgentIdOrigin, int? Stage)> _values;

    private ProcessDefaultsSource(Func<(string? AgentId, string AgentIdOrigin, int? Stage)> read) =>
        _values = new Lazy<(string?, string, int?)>(read, LazyThreadSafetyMode.ExecutionAndPublication);

    public string? AgentId => _values.Value.AgentId;

    /// <summary>Where <see cref="AgentId"/> came from, for messages.</summary>
    public string AgentIdOrigin => _values.Value.AgentIdOrigin;

    public int? Stage => _values.Value.Stage;

    public static ProcessDefaultsSource Read(Compilation compilation, AnalyzerConfigOptionsProvider options) => new(() =>
    {
        var msbuild = GeneratorOptions.From(options.GlobalOptions);
        var assembly = AssemblyDefaults.From(compilation);
        return assembly.AgentId is { } fromAssembly
            ? (fromAssembly, "agent ID of [assembly: KognitosDefaults]", assembly.Stage ?? msbuild.Stage)
            : (msbuild.AgentId, "agent ID of the KognitosAgentId MSBuild property", assembly.Stage ?? msbuild.Stage);
    });
}
