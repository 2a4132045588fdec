using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using KognitosGen.Emulator;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KognitosGen.Testing;

/// <summary>
/// A Kognitos for one test: the KognitosGen emulator in process, a <see cref="KognitosClient"/> wired to it in memory
/// (no socket; the emulator listens on a free loopback port only once <see cref="BaseAddress"/> is read), processes scripted through their typed classes, the record of what each run received, faults, and a
/// virtual clock shared by client and emulator so that runs of minutes and wait timeouts cost no wall time.
/// <code>
/// await using var kognitos = await KognitosTestServer.StartAsync();
/// kognitos.Process&lt;ProcessInvoice&gt;().Returns(run =&gt; new() { [p =&gt; p.Total] = run.Input(p =&gt; p.Amount) * 2 });
/// var done = await new ProcessInvoice { InvoiceNumber = "INV-1", Amount = 10m }.RunAsync(kognitos.Client);
/// </code>
/// Start one per test (they are cheap and independent, so tests may run in parallel), or share one per fixture.
/// </summary>
public sealed class KognitosTestServer : IAsyncDisposable
{
    /// <summary>The API key the emulator accepts (organisation-scoped); the server's clients send it.</summary>
    public const string ApiKey = "kognitos-test-server-key";

    /// <summary>
    /// How long the server's clients wait on a run unless the test says otherwise: 25 days of virtual time, longer
    /// than the longest run a script can take (<see cref="KognitosProcessScript{TProcess}.Taking"/>), so every
    /// scripted run completes. A <see cref="KognitosPollingOptions.Timeout"/> left at the library's 30-minute
    /// default becomes this; any other value is kept, and the wait times out at exactly that virtual time.
    /// </summary>
    /// <remarks>Virtual time makes the long wait free; a long run costs only its polls (one per 10 virtual seconds once they back off).</remarks>
    public static readonly TimeSpan WaitTimeout = TimeSpan.FromDays(25);

    private readonly ConcurrentDictionary<Type, object> _scripts = new();
    private readonly List<HttpClient> _httpClients = [];
    private readonly KognitosTestServerOptions _options;
    private readonly TestServer _inMemory;
    private KognitosClient? _client;

    private KognitosTestServer(KognitosEmulator emulator, TestServer inMemory, KognitosVirtualClock clock, KognitosTestServerOptions options)
    {
        Emulator = emulator;
        _inMemory = inMemory;
        Clock = clock;
        _options = options;
        Faults = new KognitosTestFaults(emulator);
    }

    /// <summary>
    /// A client of this server, on its clock, with the default polling and retry settings (or those
    /// <see cref="KognitosTestServerOptions.ConfigureClient"/> set), except that it waits on a run as long as any
    /// script runs (<see cref="WaitTimeout"/>).
    /// </summary>
    public KognitosClient Client => _client ??= CreateClient(_options.ConfigureClient);

    /// <summary>The virtual clock the client and the emulator share; pass it to code under test that takes a <see cref="TimeProvider"/>.</summary>
    public KognitosVirtualClock Clock { get; }

    /// <summary>The emulator's faults, typed.</summary>
    public KognitosTestFaults Faults { get; }

    /// <summary>The emulator itself, for what the kit does not wrap (counters, raw runs).</summary>
    public KognitosEmulator Emulator { get; }

    /// <summary>
    /// The API root, e.g. <c>http://127.0.0.1:54321/</c>, for clients built by the code under test (see
    /// <see cref="ConfigureClientOptions"/>). The first read starts the emulator's loopback listener; <see cref="Client"/>
    /// and the clients of <see cref="CreateClient"/> reach the emulator in memory and never need it.
    /// </summary>
    public Uri BaseAddress => Emulator.BaseAddress;

    /// <summary>Starts a server with no process scripted, with options set by <paramref name="configure"/>, e.g. <c>o =&gt; o.Replay(path)</c>.</summary>
    /// <param name="configure">Sets the start time, clock, client settings or a recording to replay.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static Task<KognitosTestServer> StartAsync(Action<KognitosTestServerOptions> configure, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var options = new KognitosTestServerOptions();
        configure(options);
        return StartAsync(options, cancellationToken);
    }

    /// <summary>Starts a server with no process scripted.</summary>
    /// <param name="options">Start time, clock and client settings; defaults when null.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    public static async Task<KognitosTestServer> StartAsync(KognitosTestServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new KognitosTestServerOptions();
        var clock = new KognitosVirtualClock(options.StartTime) { AutoAdvance = options.AutoAdvanceTime };
        // The emulator starts and stops this server with itself.
        var inMemory = new TestServer(new ServiceCollection().BuildServiceProvider());
        try
        {
            var scenario = new EmulatorScenario { ListIncludesOutputs = options.ListIncludesOutputs }.AddApiKey(ApiKey);
            var emulator = await KognitosEmulator.StartAsync(scenario, new KognitosEmulatorOptions
            {
                TimeProvider = clock,
                UnknownProcessHint = UnscriptedProcessHint.For,
                ForgetTerminalRunsAfter = options.ForgetTerminalRunsAfter,
                Replay = options.Replaying,
                InMemoryServer = inMemory,
            }, cancellationToken).ConfigureAwait(false);
            return new KognitosTestServer(emulator, inMemory, clock, options);
        }
        catch
        {
            inMemory.Dispose();
            await clock.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// The script of <typeparamref name="TProcess"/>: from the first call on, runs of it succeed (with no outputs,
    /// after 150 ms) until told otherwise. Repeated calls return the same script.
    /// </summary>
    /// <typeparam name="TProcess">A <c>[KognitosProcess]</c> class.</typeparam>
    public KognitosProcessScript<TProcess> Process<TProcess>()
        where TProcess : class, IKognitosProcess =>
        (KognitosProcessScript<TProcess>)_scripts.GetOrAdd(typeof(TProcess), _ => new KognitosProcessScript<TProcess>(Emulator));

    /// <summary>The runs of <typeparamref name="TProcess"/> started so far, oldest first, with what each received.</summary>
    /// <typeparam name="TProcess">A <c>[KognitosProcess]</c> class.</typeparam>
    public IReadOnlyList<KognitosReceivedRun<TProcess>> RunsOf<TProcess>()
        where TProcess : class, IKognitosProcess
    {
        var (agentId, processId) = ProcessFacts.Of<TProcess>().Ids();
        return Emulator.Runs
            .Where(r => r.AgentId == agentId && r.ProcessId == processId)
            .Select(r => new KognitosReceivedRun<TProcess>(r))
            .ToList();
    }

    /// <summary>A further client of this server (its own options, say), on the server's clock.</summary>
    /// <param name="configure">
    /// Adjusts polling, retries and the like; the address, key, clock and (when <paramref name="configure"/> left it at
    /// the library default) the wait timeout are set after it, as <see cref="ConfigureClientOptions"/> does.
    /// </param>
    public KognitosClient CreateClient(Action<KognitosClientOptions>? configure = null)
    {
        var options = new KognitosClientOptions();
        configure?.Invoke(options);
        PointAt(options, _inMemory.BaseAddress);
        var http = new HttpClient(new InFlightRequestHandler(Clock, new DroppedConnectionHandler(_inMemory.CreateHandler())))
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        lock (_httpClients)
            _httpClients.Add(http);
        return new KognitosClient(options, http);
    }

    /// <summary>
    /// Points options the code under test builds at this server: its address, key and clock, and a
    /// <see cref="KognitosPollingOptions.Timeout"/> still at the library's 30-minute default becomes
    /// <see cref="WaitTimeout"/>, so waits last as long as the scripts (a timeout the code set itself is kept).
    /// Clients built so (rather than with <see cref="CreateClient"/>) work, but the clock cannot see their requests
    /// in flight, so prefer <see cref="CreateClient"/> where the code under test accepts a client.
    /// </summary>
    /// <param name="options">The options to change.</param>
    public void ConfigureClientOptions(KognitosClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        PointAt(options, BaseAddress);
    }

    private void PointAt(KognitosClientOptions options, Uri baseAddress)
    {
        options.BaseUrl = baseAddress;
        options.ApiKey = ApiKey;
        options.TimeProvider = Clock;
        ScriptLengthWait.Apply(options);
    }

    /// <summary>Stops the emulator and the clock, and disposes the clients this server made.</summary>
    public async ValueTask DisposeAsync()
    {
        _client?.Dispose();
        lock (_httpClients)
        {
            foreach (var http in _httpClients)
                http.Dispose();
            _httpClients.Clear();
        }

        await Emulator.DisposeAsync().ConfigureAwait(false);
        await Clock.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override string ToString() =>
        $"KognitosTestServer({(Emulator.IsListening ? BaseAddress.ToString() : "in memory")}, {Clock.GetUtcNow():O})";
}
