using System;

namespace KognitosGen.RunStart;

/// <summary>
/// Where a typed run goes and what it is called: the start options' values, else the process's own (its attribute,
/// the assembly's defaults, the MSBuild properties), else a clear error naming where to set them.
/// </summary>
internal sealed class StartTarget
{
    private const int MaxRunNameLength = 100;

    private StartTarget(string agentId, string processId, KognitosStage stage, string runName)
    {
        AgentId = agentId;
        ProcessId = processId;
        Stage = stage;
        RunName = runName;
    }

    public string AgentId { get; }

    public string ProcessId { get; }

    public KognitosStage Stage { get; }

    public string RunName { get; }

    /// <exception cref="InvalidOperationException">Neither the options nor the process name an agent or a process.</exception>
    public static StartTarget Resolve(KognitosProcessDescriptor descriptor, KognitosStartOptions? options)
    {
        var agentId = FirstSet(options?.AgentId, descriptor.AgentId)
            ?? throw new InvalidOperationException(
                $"Process {descriptor} has no agent ID: set AgentId on [KognitosProcess] or [assembly: KognitosDefaults], the KognitosAgentId MSBuild property, or KognitosStartOptions.AgentId.");
        var processId = FirstSet(options?.ProcessId, descriptor.ProcessId)
            ?? throw new InvalidOperationException(
                $"Process {descriptor} has no process ID: set ProcessId on [KognitosProcess] or KognitosStartOptions.ProcessId.");
        var stage = options?.Stage ?? descriptor.Stage;
        var runName = FirstSet(options?.RunName, null) ?? DefaultRunName(descriptor.Name);
        return new StartTarget(agentId, processId, stage, runName);
    }

    private static string? FirstSet(string? first, string? second) =>
        !string.IsNullOrWhiteSpace(first) ? first : !string.IsNullOrWhiteSpace(second) ? second : null;

    private static string DefaultRunName(string processName)
    {
        var name = string.IsNullOrWhiteSpace(processName) ? "KognitosGen run" : processName.Trim();
        return name.Length <= MaxRunNameLength ? name : name.Substring(0, MaxRunNameLength);
    }
}
