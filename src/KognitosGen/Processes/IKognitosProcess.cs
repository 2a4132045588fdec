using System.Collections.Generic;
using System.Text.Json;

namespace KognitosGen;

/// <summary>
/// The typed form of one Kognitos process. The KognitosGen source generator implements this for every
/// <see cref="KognitosProcessAttribute"/> class; <see cref="KognitosClient"/> starts, waits for and binds runs
/// through it, with no reflection.
/// </summary>
public interface IKognitosProcess
{
    /// <summary>The process's identity and fact names.</summary>
    KognitosProcessDescriptor Descriptor { get; }

    /// <summary>Writes one <c>{"name": ..., "value": ...}</c> object per input into the open <c>inputs</c> array.</summary>
    /// <param name="writer">A writer positioned inside the <c>inputs</c> array.</param>
    void WriteInputs(Utf8JsonWriter writer);

    /// <summary>The files to upload before the run starts; their IDs go into the run's <c>file_ids</c>.</summary>
    IReadOnlyList<KognitosFileInput> GetFiles();

    /// <summary>Sets the output properties from a succeeded run's outputs.</summary>
    /// <param name="run">The finished run.</param>
    void BindOutputs(KognitosRun run);
}
