using System;
using System.Collections.Generic;

namespace KognitosGen;

/// <summary>What identifies a process and which facts it exchanges; generated once per process class.</summary>
public sealed class KognitosProcessDescriptor
{
    /// <summary>Describes a process.</summary>
    /// <param name="name">The process name as written in Kognitos.</param>
    /// <param name="agentId">The agent ID, or null when no source gave one.</param>
    /// <param name="processId">The process ID, or null when no source gave one.</param>
    /// <param name="stage">The stage to run.</param>
    /// <param name="inputNames">The input fact names, in declaration order.</param>
    /// <param name="outputNames">The output fact names, in declaration order.</param>
    /// <param name="fileNames">The file fact names, in declaration order.</param>
    public KognitosProcessDescriptor(
        string name,
        string? agentId,
        string? processId,
        KognitosStage stage,
        IReadOnlyList<string> inputNames,
        IReadOnlyList<string> outputNames,
        IReadOnlyList<string> fileNames)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        AgentId = agentId;
        ProcessId = processId;
        Stage = stage;
        InputNames = inputNames ?? throw new ArgumentNullException(nameof(inputNames));
        OutputNames = outputNames ?? throw new ArgumentNullException(nameof(outputNames));
        FileNames = fileNames ?? throw new ArgumentNullException(nameof(fileNames));
    }

    /// <summary>The process name as written in Kognitos.</summary>
    public string Name { get; }

    /// <summary>The agent ID, or null when no attribute or MSBuild property gave one.</summary>
    public string? AgentId { get; }

    /// <summary>The process ID, or null when the attribute gave none.</summary>
    public string? ProcessId { get; }

    /// <summary>The stage to run.</summary>
    public KognitosStage Stage { get; }

    /// <summary>The input fact names, in declaration order.</summary>
    public IReadOnlyList<string> InputNames { get; }

    /// <summary>The output fact names, in declaration order.</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>The file fact names, in declaration order.</summary>
    public IReadOnlyList<string> FileNames { get; }

    /// <inheritdoc />
    public override string ToString() => $"'{Name}' (agent {AgentId ?? "?"}, process {ProcessId ?? "?"}, {Stage})";
}
