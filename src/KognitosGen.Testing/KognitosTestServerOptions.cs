using System;

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
}
