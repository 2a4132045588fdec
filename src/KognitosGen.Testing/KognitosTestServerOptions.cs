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

    /// <summary>Adjusts the options of <see cref="KognitosTestServer.Client"/> (polling, retries); the address, key and clock are the server's.</summary>
    public Action<KognitosClientOptions>? ConfigureClient { get; set; }
}
