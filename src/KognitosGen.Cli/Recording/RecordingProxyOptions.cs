using System;
using System.Collections.Generic;

namespace KognitosGen.Cli.Recording;

/// <summary>Where the recorder forwards to, where it listens, where it writes, and what else it redacts.</summary>
internal sealed class RecordingProxyOptions
{
    public required Uri Upstream { get; init; }

    public required string RecordingPath { get; init; }

    /// <summary>Kestrel URLs; port 0 takes a free one.</summary>
    public IReadOnlyList<string> Listen { get; init; } = ["http://127.0.0.1:0"];

    /// <summary>Whether file bytes go into the recording (base64) besides their name, size and hash.</summary>
    public bool IncludeFiles { get; init; }

    /// <summary>Facts (inputs and outputs) whose values are replaced.</summary>
    public IReadOnlyList<string> RedactFacts { get; init; } = [];

    /// <summary>JSON paths into the recording whose values are replaced.</summary>
    public IReadOnlyList<string> RedactPaths { get; init; } = [];

    /// <summary>How often a changed recording is written out.</summary>
    public TimeSpan FlushInterval { get; init; } = TimeSpan.FromMilliseconds(500);
}
