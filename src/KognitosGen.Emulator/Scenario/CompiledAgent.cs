using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>A validated agent with its processes in listing order.</summary>
internal sealed record CompiledAgent(
    string Id,
    IReadOnlyList<CompiledProcess> Processes,
    IReadOnlyDictionary<string, CompiledProcess> ProcessesById);
