using System.Collections.Generic;
using KognitosGen.Wire;

namespace KognitosGen.RunStart;

/// <summary>What a typed start sends: where the run goes, its name, and the process whose inputs make the body.</summary>
internal sealed class TypedRunStart
{
    private readonly IKognitosProcess _process;
    private readonly IReadOnlyList<string> _fileIds;

    public TypedRunStart(string runName, string agentId, string processId, KognitosStage stage, IKognitosProcess process, IReadOnlyList<string> fileIds)
    {
        RunName = runName;
        AgentId = agentId;
        ProcessId = processId;
        Stage = stage;
        _process = process;
        _fileIds = fileIds;
    }

    /// <summary>The run's name before any token is appended.</summary>
    public string RunName { get; }

    public string AgentId { get; }

    public string ProcessId { get; }

    public KognitosStage Stage { get; }

    /// <summary>The hash of the process's inputs that a run ledger keeps (<see cref="RunStart.InputsHash"/>).</summary>
    public string HashInputs() => InputsHash.Of(_process);

    /// <summary>The <c>POST /v2/runs</c> body under <paramref name="name"/>, in a pooled buffer.</summary>
    public PooledBufferWriter WriteBody(string name) =>
        RunRequestWriter.Write(name, ProcessId, AgentId, Stage, _process, _fileIds);
}
