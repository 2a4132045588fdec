using System;

namespace KognitosGen.Recording;

/// <summary>A recording that cannot be read: not JSON, not a recording, a newer version, a member of the wrong type.</summary>
internal sealed class RecordingFormatException(string source, string problem, Exception? inner = null)
    : Exception($"{source}: {problem}", inner)
{
    public string Problem { get; } = problem;
}
