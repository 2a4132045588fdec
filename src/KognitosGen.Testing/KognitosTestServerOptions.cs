using System;
using KognitosGen.Emulator;

namespace KognitosGen.Testing;

/// <summary>How a <see cref="KognitosTestServer"/> starts.</summary>
public sealed class KognitosTestServerOptions
{
    /// <summary>The virtual clock's first reading. Default 2026-01-01 09:00 UTC, the same in every test.</summary>
    public DateTimeOffset StartTime { get; set; } = new(2026, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Whether the virtual clock moves itself on when the code under test waits (default true). When false, the test
    /// moves it with <see cref="KognitosVirtualClock.Advance"/>.
    /// </summary>
    public bool AutoAdvanceTime { get; set; } = true;

    /// <summary>
    /// Whether <c>GET /v2/runs</c> lists a succeeded run with its outputs (default false: the public docs show
    /// <c>null</c> there, so a client reads each finished run once more).
    /// </summary>
    public bool ListIncludesOutputs { get; set; }

    /// <summary>
    /// When set, the emulator forgets a run this long (virtual time) after it ended, keeping its memory bounded in a
    /// long soak; null (the default) keeps every run, so <see cref="KognitosTestServer.RunsOf{TProcess}"/> sees them all.
    /// </summary>
    public TimeSpan? ForgetTerminalRunsAfter { get; set; }

    /// <summary>
    /// Adjusts the options of <see cref="KognitosTestServer.Client"/> (polling, retries); the address, key and clock
    /// are the server's, and a wait timeout left at the library default is <see cref="KognitosTestServer.WaitTimeout"/>.
    /// </summary>
    public Action<KognitosClientOptions>? ConfigureClient { get; set; }

    /// <summary>
    /// The recording the server replays (docs/recording.md); null (the default) replays none. Set with
    /// <see cref="Replay(string, Action{KognitosReplay}?)"/>.
    /// </summary>
    public KognitosReplay? Replaying { get; set; }

    /// <summary>
    /// Replays the recording at <paramref name="path"/> (made by <c>kognitos record</c>): its processes are served, and a
    /// run started with a recorded run's inputs walks through its recorded statuses at the recorded times, on the
    /// server's virtual clock, and ends with its recorded outputs. Scripts still serve the processes the recording lacks.
    /// </summary>
    /// <param name="path">The recording file.</param>
    /// <param name="configure">Chooses the match rule and the inputs it ignores; exact matching when null.</param>
    /// <returns>These options, for chaining.</returns>
    public KognitosTestServerOptions Replay(string path, Action<KognitosReplay>? configure = null)
    {
        var replay = new KognitosReplay(path);
        configure?.Invoke(replay);
        Replaying = replay;
        return this;
    }
}
