using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;

namespace KognitosGen.Emulator;

/// <summary>Creates and stores a run of a resolved process: the one way runs come to be, for the API and the web UI.</summary>
internal sealed class RunStarter(EmulatorRuntime runtime)
{
    /// <summary>
    /// The new run, or null with <paramref name="error"/> set when the process's outputs callback threw (the test's own
    /// code: the message says what it threw).
    /// </summary>
    public StoredRun? TryStart(StartRunRequest request, CompiledProcess process, IReadOnlyList<string> fileNames,
        RunOrigin origin, out string? error)
    {
        var createdAt = runtime.Time.GetUtcNow();
        var id = runtime.Runs.NewId();
        var received = new ReceivedRun(id, request.Name, request.AgentId, request.ProcessId, request.Stage, createdAt,
            request.Inputs.Select(i => new KeyValuePair<string, JsonElement>(i.Name, i.Value)).ToList(), request.FileIds ?? [], fileNames);
        IReadOnlyList<NameValue> outputs;
        try
        {
            outputs = OutputNaming.Apply(RunOutputs.Evaluate(process, request.Inputs, received), runtime.Variants.OutputNames);
        }
        catch (Exception exception)
        {
            error = $"The outputs callback of process '{process.Id}' threw {exception.GetType().Name}: {exception.Message}";
            return null;
        }

        var run = runtime.Runs.Add(id, sequence => new StoredRun
        {
            Id = id,
            Sequence = sequence,
            Name = request.Name,
            AgentId = request.AgentId,
            ProcessId = request.ProcessId,
            Stage = request.Stage,
            CreatedAt = createdAt,
            FileIds = request.FileIds,
            Outputs = outputs,
            Schedule = process.Schedule,
            Received = received,
            Origin = origin,
        });
        runtime.Counters.RunCreated(run.ProcessId);
        error = null;
        return run;
    }
}
