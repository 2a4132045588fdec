using System;
using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>
/// What one run received through <c>POST /v2/runs</c>: its name, IDs, stage, inputs exactly as sent, and its files.
/// Tests read it to check what the code under test sent; <see cref="ScenarioRunPlan.OutputsFor"/> computes outputs
/// from it.
/// </summary>
public sealed class ReceivedRun
{
    internal ReceivedRun(string id, string name, string agentId, string processId, string stage, DateTimeOffset createdAt,
        IReadOnlyList<KeyValuePair<string, JsonElement>> inputs, IReadOnlyList<string> fileIds, IReadOnlyList<string> fileNames)
    {
        Id = id;
        Name = name;
        AgentId = agentId;
        ProcessId = processId;
        Stage = stage;
        CreatedAt = createdAt;
        Inputs = inputs;
        FileIds = fileIds;
        FileNames = fileNames;
    }

    /// <summary>The run ID.</summary>
    public string Id { get; }

    /// <summary>The run name as sent.</summary>
    public string Name { get; }

    /// <summary>The agent ID.</summary>
    public string AgentId { get; }

    /// <summary>The process ID.</summary>
    public string ProcessId { get; }

    /// <summary>The stage, <c>Draft</c> or <c>Published</c>.</summary>
    public string Stage { get; }

    /// <summary>When the run was created, on the emulator's clock.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The inputs in the order sent, each name with its JSON value (null included).</summary>
    public IReadOnlyList<KeyValuePair<string, JsonElement>> Inputs { get; }

    /// <summary>The file IDs sent; empty when none.</summary>
    public IReadOnlyList<string> FileIds { get; }

    /// <summary>The (sanitised) names of those files, in the same order.</summary>
    public IReadOnlyList<string> FileNames { get; }

    /// <inheritdoc />
    public override string ToString() => $"run {Id} of process {ProcessId} ({Inputs.Count} inputs, {FileIds.Count} files)";
}
