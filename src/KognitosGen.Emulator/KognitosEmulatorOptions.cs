using System;
using System.Collections.Generic;
using Microsoft.AspNetCore.Hosting.Server;

namespace KognitosGen.Emulator;

/// <summary>How an in-process emulator is hosted.</summary>
public sealed class KognitosEmulatorOptions
{
    /// <summary>
    /// The URLs Kestrel listens on. The default, <c>http://127.0.0.1:0</c>, takes a free loopback port;
    /// <see cref="KognitosEmulator.BaseAddress"/> tells which.
    /// </summary>
    public IList<string> Urls { get; set; } = new List<string> { "http://127.0.0.1:0" };

    /// <summary>The clock runs are scheduled against; a fake clock lets tests move runs along without waiting.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>
    /// Given the agent ID and process ID of a run start that names no known process (or agent), a sentence added after
    /// the 404's message (for example how a test scripts that process); null or empty adds nothing.
    /// </summary>
    public Func<string, string, string?>? UnknownProcessHint { get; set; }

    /// <summary>
    /// The readings taken where the public docs are silent; when set, they replace the scenario's
    /// <see cref="EmulatorScenario.Variants"/>. Null (the default) keeps the scenario's, or the defaults.
    /// </summary>
    public EmulatorVariants? Variants { get; set; }

    /// <summary>
    /// When set, a run is forgotten this long after it reached its terminal status, so that a long soak keeps the run
    /// store bounded: it leaves the list and <c>GET /v2/runs/{run_id}</c> answers 404, while continuation tokens
    /// issued earlier stay valid (they mark a position, not a run). Null (the default) keeps every run.
    /// </summary>
    public TimeSpan? ForgetTerminalRunsAfter { get; set; }

    /// <summary>
    /// When set, the emulator replays this recording (see <see cref="KognitosReplay"/> and docs/recording.md): its
    /// processes join the scenario's, and starts of them play recorded runs. A scenario with no API key then accepts
    /// any non-empty key. Null (the default) plays the scenario only.
    /// </summary>
    public KognitosReplay? Replay { get; set; }

    /// <summary>
    /// When set, the emulator serves requests through this server from the start (an in-memory one, such as ASP.NET
    /// Core's <c>TestServer</c>, whose handler then reaches the emulator without a socket) without building a host for
    /// it, and builds and starts Kestrel on <see cref="Urls"/> only when <see cref="KognitosEmulator.BaseAddress"/> or
    /// <see cref="KognitosEmulator.Addresses"/> is first read; both serve the same state. The emulator starts and stops
    /// the server. Null (the default) listens from the start.
    /// </summary>
    public IServer? InMemoryServer { get; set; }
}
