using System;
using System.Collections.Generic;

namespace KognitosGen.Emulator;

/// <summary>
/// Serve a recording (<c>kognitos record</c>, docs/recording.md) instead of run plans: a run start that matches a
/// recorded run walks through its recorded statuses at the recorded times and ends with its recorded outputs; a
/// recorded error answer is answered again; a start that matches none is answered 400 naming the closest recorded
/// run and the inputs that differ. Set on <see cref="KognitosEmulatorOptions.Replay"/>.
/// </summary>
public sealed class KognitosReplay
{
    /// <summary>Replays the recording at <paramref name="path"/>, matching inputs exactly.</summary>
    public KognitosReplay(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        Path = path;
    }

    /// <summary>The recording file.</summary>
    public string Path { get; }

    /// <summary>How a start finds its recorded run (default <see cref="ReplayMatch.Exact"/>).</summary>
    public ReplayMatch Match { get; set; } = ReplayMatch.Exact;

    /// <summary>Inputs that <see cref="ReplayMatch.Exact"/> does not compare (a date stamped at run time, say).</summary>
    public ISet<string> IgnoredInputs { get; } = new HashSet<string>(StringComparer.Ordinal);
}
