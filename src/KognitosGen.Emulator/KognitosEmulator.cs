using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KognitosGen.Emulator;

/// <summary>
/// A running Kognitos v2 emulator. Start one per test (or per fixture) on a free loopback port:
/// <code>
/// await using var emulator = await KognitosEmulator.StartAsync(scenario);
/// var client = new HttpClient { BaseAddress = emulator.BaseAddress };
/// </code>
/// </summary>
public sealed class KognitosEmulator : IAsyncDisposable
{
    private readonly EmulatorRuntime _runtime;
    private readonly EmulatorPipeline _pipeline;
    private readonly IReadOnlyList<string> _urls;
    private readonly IServer? _inMemoryServer;
    private readonly HostlessPipeline? _hostless;
    private readonly Lock _listenLock = new();
    // Kestrel's host: built at the start, or (with an in-memory server) on the first read of an address.
    private WebApplication? _app;
    private IReadOnlyList<Uri>? _addresses;
    private int _disposed;

    private KognitosEmulator(EmulatorRuntime runtime, EmulatorPipeline pipeline, IReadOnlyList<string> urls,
        WebApplication? app, IReadOnlyList<Uri>? addresses, IServer? inMemoryServer, HostlessPipeline? hostless)
    {
        _runtime = runtime;
        _pipeline = pipeline;
        _urls = urls;
        _app = app;
        _addresses = addresses;
        _inMemoryServer = inMemoryServer;
        _hostless = hostless;
    }

    /// <summary>
    /// The first address listened on, with a trailing slash, e.g. <c>http://127.0.0.1:54321/</c>. With
    /// <see cref="KognitosEmulatorOptions.InMemoryServer"/> set, the first read starts Kestrel (see <see cref="IsListening"/>).
    /// </summary>
    public Uri BaseAddress => Listen()[0];

    /// <summary>Every address listened on (read as <see cref="BaseAddress"/> is: the first read may start Kestrel).</summary>
    public IReadOnlyList<Uri> Addresses => Listen();

    /// <summary>
    /// Whether Kestrel listens on <see cref="KognitosEmulatorOptions.Urls"/>: from the start, unless
    /// <see cref="KognitosEmulatorOptions.InMemoryServer"/> is set; then from the first read of <see cref="BaseAddress"/>
    /// or <see cref="Addresses"/>.
    /// </summary>
    public bool IsListening => Volatile.Read(ref _addresses) is not null;

    /// <summary>
    /// A link that lets one browser into the web UI served at <c>/</c>: its token is spent for a session cookie when the
    /// link is first opened, and a new link takes its place (read this again for another browser). Without a session,
    /// every page and action of the UI answers 401; an API key of the scenario entered on that page lets a browser in too.
    /// </summary>
    public Uri WebUiLink => new(BaseAddress, "/?" + WebUiAccess.TokenParameter + "=" + _runtime.WebUi.LinkToken);

    /// <summary>Live request, fault and run counters.</summary>
    public EmulatorCounters Counters => _runtime.Counters;

    /// <summary>
    /// The faults in force (a copy). Setting replaces them and restarts the random sequence from their seed;
    /// out-of-range settings throw <see cref="ArgumentException"/>.
    /// </summary>
    public FaultSettings Faults
    {
        get => _runtime.Faults.Settings;
        set => _runtime.Faults.Update(value);
    }

    /// <summary>Every run started so far, in creation order, with what it received (a snapshot).</summary>
    public IReadOnlyList<ReceivedRun> Runs => _runtime.Runs.All().Select(r => r.Received).ToList();

    /// <summary>
    /// Adds <paramref name="process"/> to the agent <paramref name="agentId"/> (added too when new), or replaces the
    /// process of the same ID. Runs started from then on follow its plan; runs already started keep theirs.
    /// </summary>
    /// <exception cref="ScenarioException">The process is invalid, or its ID belongs to another agent.</exception>
    public void SetProcess(string agentId, ScenarioProcess process)
    {
        ArgumentNullException.ThrowIfNull(agentId);
        ArgumentNullException.ThrowIfNull(process);
        _runtime.SetProcess(agentId, process);
    }

    /// <summary>Starts an emulator for <paramref name="scenario"/> on a free loopback port.</summary>
    /// <exception cref="ScenarioException">The scenario is invalid.</exception>
    public static Task<KognitosEmulator> StartAsync(EmulatorScenario scenario, CancellationToken cancellationToken = default) =>
        StartAsync(scenario, new KognitosEmulatorOptions(), cancellationToken);

    /// <summary>Starts an emulator for scenario JSON text on a free loopback port.</summary>
    /// <exception cref="ScenarioException">The JSON or the scenario is invalid.</exception>
    public static Task<KognitosEmulator> StartAsync(string scenarioJson, CancellationToken cancellationToken = default) =>
        StartCoreAsync(EmulatorScenario.FromJson(scenarioJson), new KognitosEmulatorOptions(), "scenario JSON", cancellationToken);

    /// <summary>Starts an emulator for a scenario file on a free loopback port.</summary>
    /// <exception cref="ScenarioException">The file cannot be read or the scenario is invalid.</exception>
    public static Task<KognitosEmulator> StartFromFileAsync(string path, CancellationToken cancellationToken = default) =>
        StartCoreAsync(EmulatorScenario.LoadFile(path), new KognitosEmulatorOptions(), path, cancellationToken);

    /// <summary>Starts an emulator for the embedded demo scenario on a free loopback port.</summary>
    public static Task<KognitosEmulator> StartDemoAsync(CancellationToken cancellationToken = default) =>
        StartCoreAsync(EmulatorScenario.Demo(), new KognitosEmulatorOptions(), "embedded demo scenario", cancellationToken);

    /// <summary>Starts an emulator for <paramref name="scenario"/> with explicit hosting options.</summary>
    /// <exception cref="ScenarioException">The scenario is invalid.</exception>
    public static Task<KognitosEmulator> StartAsync(EmulatorScenario scenario, KognitosEmulatorOptions options,
        CancellationToken cancellationToken = default) =>
        StartCoreAsync(scenario, options, "scenario", cancellationToken);

    /// <summary>Stops listening and releases the port (and stops the in-memory server, when one was given).</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
            return;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (_inMemoryServer is { } inMemory)
            {
                await inMemory.StopAsync(timeout.Token);
                inMemory.Dispose();
            }

            // Taking the lock waits out a start of Kestrel in progress; none begins after it (disposed is set).
            bool listening;
            lock (_listenLock)
                listening = _addresses is not null;
            if (listening)
                await _app!.StopAsync(timeout.Token);
        }
        finally
        {
            try
            {
                if (_app is { } app)
                    await app.DisposeAsync();
            }
            finally
            {
                if (_hostless is { } hostless)
                    await hostless.DisposeAsync();
            }
        }
    }

    // Kestrel starts once, on the first read of an address; a blocking start, since the readers are properties.
    private IReadOnlyList<Uri> Listen()
    {
        if (Volatile.Read(ref _addresses) is { } addresses)
            return addresses;
        lock (_listenLock)
        {
            ObjectDisposedException.ThrowIf(Volatile.Read(ref _disposed) != 0, this);
            if (_addresses is null)
            {
                // Over the same pipeline, so the same runtime: what was done in memory is seen over the socket.
                var (app, listening) = StartListeningAsync(_pipeline, _urls, CancellationToken.None).GetAwaiter().GetResult();
                _app = app;
                Volatile.Write(ref _addresses, listening);
            }
            return _addresses;
        }
    }

    // Kestrel's host over the pipeline, started; a host that fails to start is disposed here.
    private static async Task<(WebApplication App, IReadOnlyList<Uri> Addresses)> StartListeningAsync(
        EmulatorPipeline pipeline, IReadOnlyList<string> urls, CancellationToken cancellationToken)
    {
        var app = EmulatorApplication.Build(pipeline, urls);
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
                .Select(a => new Uri(a.EndsWith('/') ? a : a + "/"))
                .ToList();
            return addresses is { Count: > 0 }
                ? (app, addresses)
                : throw new InvalidOperationException("The emulator started but reports no listening address.");
        }
        catch
        {
            await app.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Waits until the host shuts down (Ctrl+C for the command line).</summary>
    internal Task WaitForShutdownAsync(CancellationToken cancellationToken)
    {
        Listen();
        return _app!.WaitForShutdownAsync(cancellationToken);
    }

    internal CompiledScenario Scenario => _runtime.Scenario;

    /// <summary>The readings this emulator takes where the docs are silent (a copy).</summary>
    public EmulatorVariants Variants => _runtime.Variants.Clone();

    private static EmulatorVariants ChooseVariants(EmulatorScenario scenario, KognitosEmulatorOptions options)
    {
        if (options.Variants is not { } chosen)
            return (scenario.Variants ?? new EmulatorVariants()).Clone();
        var problems = new List<string>();
        EmulatorVariantsValidator.Validate(chosen, "Variants.", problems);
        return problems.Count == 0
            ? chosen.Clone()
            : throw new ArgumentException("Invalid emulator variants: " + string.Join("; ", problems), nameof(options));
    }

    // A recording that cannot be read is a scenario problem to the caller: same exception, same exit code.
    private static Recording.RecordingDocument ReadRecording(string path)
    {
        try
        {
            return Recording.RecordingReader.ReadFile(path);
        }
        catch (Recording.RecordingFormatException ex)
        {
            throw new ScenarioException(path, [ex.Problem], ex);
        }
    }

    internal static async Task<KognitosEmulator> StartCoreAsync(EmulatorScenario scenario, KognitosEmulatorOptions options,
        string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);
        if (options.ForgetTerminalRunsAfter is { } forget)
            ArgumentOutOfRangeException.ThrowIfLessThan(forget, TimeSpan.Zero, nameof(options.ForgetTerminalRunsAfter));
        ReplayBook? replay = null;
        if (options.Replay is { } replaying)
        {
            replay = new ReplayBook(ReadRecording(replaying.Path), replaying);
            scenario = ReplayScenario.Merge(scenario, replay.Recording);
        }

        var runtime = new EmulatorRuntime(ScenarioCompiler.Compile(scenario, source, acceptAnyKey: replay is not null), options.TimeProvider,
            options.UnknownProcessHint, ChooseVariants(scenario, options), options.ForgetTerminalRunsAfter)
        {
            Replay = replay,
        };
        var pipeline = new EmulatorPipeline(runtime);
        IReadOnlyList<string> urls = [.. options.Urls];
        if (options.InMemoryServer is not { } inMemory)
        {
            var (app, addresses) = await StartListeningAsync(pipeline, urls, cancellationToken);
            return new KognitosEmulator(runtime, pipeline, urls, app, addresses, null, null);
        }

        // The in-memory server runs the pipeline without a host; Kestrel's host is built when a real address is asked for.
        var hostless = HostlessPipeline.Build(pipeline);
        try
        {
            await inMemory.StartAsync(hostless.Application, cancellationToken);
            return new KognitosEmulator(runtime, pipeline, urls, null, null, inMemory, hostless);
        }
        catch
        {
            await hostless.DisposeAsync();
            throw;
        }
    }
}
