using System.Diagnostics;
using KognitosGen.Benchmarks.Runtime;
using KognitosGen.Emulator;
using KognitosGen.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KognitosGen.Benchmarks.TestKit;

/// <summary>
/// <c>--profile kit-start R</c>: what a start of the test kit costs piece by piece, each piece R times in turn with
/// the others after a warm-up, medians (disposal not timed). The pieces overlap: the kit's start includes the
/// emulator's, which includes its pipeline and the in-memory server.
/// </summary>
public static class KitStartProfile
{
    public static void Run(int rounds) => RunAsync(rounds).GetAwaiter().GetResult();

    private static async Task RunAsync(int rounds)
    {
        var pieces = new (string Name, Func<Task<double>> Time)[]
        {
            ("virtual clock (new)", () => TimeAsync(() => Task.FromResult(new KognitosVirtualClock(DateTimeOffset.UnixEpoch)), c => c.DisposeAsync())),
            ("TestServer (new, no host)", () => TimeAsync(() => Task.FromResult(new TestServer(new ServiceCollection().BuildServiceProvider())), s => Dispose(s))),
            ("WebApplication: CreateSlimBuilder + Build (as the emulator configures it)", () => TimeAsync(() => Task.FromResult(BuildWebApplication()), a => a.DisposeAsync())),
            ("hostless container: AddRouting + null logging, built", () => TimeAsync(() => Task.FromResult(BuildContainer()), p => p.DisposeAsync())),
            ("emulator start, in memory (scenario compile, runtime, pipeline, TestServer)", () => TimeAsync(StartEmulatorAsync, e => e.DisposeAsync())),
            ("script outputs alone: InvoiceReviewRun.Outputs() (12 outputs named by expressions)", () => TimeAsync(() => Task.FromResult(InvoiceReviewRun.Outputs()), _ => ValueTask.CompletedTask)),
            ("script alone on a started kit: Process<InvoiceReview>().Returns(outputs).Taking(0)", TimeScriptAsync),
            ("kit start, no script", () => TimeAsync(() => KognitosTestServer.StartAsync(), k => k.DisposeAsync())),
            ("kit start + script (the benchmark's kit start)", () => TimeAsync(KitServer.StartAsync, k => k.DisposeAsync())),
            ("kit start + script + first read of Client", () => TimeAsync(async () =>
            {
                var kit = await KitServer.StartAsync().ConfigureAwait(false);
                _ = kit.Client;
                return kit;
            }, k => k.DisposeAsync())),
        };
        var times = pieces.Select(_ => new double[rounds]).ToArray();
        for (var warm = 0; warm < 5; warm++)
            foreach (var piece in pieces)
                await piece.Time().ConfigureAwait(false);
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < pieces.Length; i++)
                times[i][round] = await pieces[i].Time().ConfigureAwait(false);
        Console.WriteLine($"Kit start piece by piece ({rounds} rounds in turn, medians):");
        for (var i = 0; i < pieces.Length; i++)
            Console.WriteLine($"  {Reporting.Units.Time(InterleavedRatios.Median(times[i])),10}  {pieces[i].Name}");

        // What a started and disposed kit leaves behind: nothing per start in the process-wide list of diagnostic
        // listeners, and no heap that grows with the starts.
        var heapBefore = SettledHeap();
        for (var start = 0; start < rounds * 10; start++)
            await (await KitServer.StartAsync().ConfigureAwait(false)).DisposeAsync().ConfigureAwait(false);
        var heapAfter = SettledHeap();
        Console.WriteLine($"After {rounds * 10} more kit starts, each disposed: heap {(heapAfter - heapBefore) / 1024.0:+0.0;-0.0} KiB, " +
            $"live diagnostic listeners named Microsoft.AspNetCore: {LiveAspNetCoreListeners()}");
    }

    private static long SettledHeap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    // Subscribing to AllListeners hands the subscriber every listener alive at that moment.
    private static int LiveAspNetCoreListeners()
    {
        var named = new ListenerCounter();
        using (DiagnosticListener.AllListeners.Subscribe(named))
            return named.Count;
    }

    private sealed class ListenerCounter : IObserver<DiagnosticListener>
    {
        public int Count { get; private set; }

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.AspNetCore")
                Count++;
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }
    }

    private static ValueTask Dispose(IDisposable disposable)
    {
        disposable.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<double> TimeAsync<T>(Func<Task<T>> start, Func<T, ValueTask> dispose)
    {
        var begin = Stopwatch.GetTimestamp();
        var started = await start().ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(begin).TotalNanoseconds;
        await dispose(started).ConfigureAwait(false);
        return elapsed;
    }

    private static async Task<double> TimeScriptAsync()
    {
        await using var kit = await KognitosTestServer.StartAsync().ConfigureAwait(false);
        return await TimeAsync(() => Task.FromResult(kit.Process<InvoiceReview>().Returns(InvoiceReviewRun.Outputs()).Taking(TimeSpan.Zero)),
            _ => ValueTask.CompletedTask).ConfigureAwait(false);
    }

    private static Task<KognitosEmulator> StartEmulatorAsync() =>
        KognitosEmulator.StartAsync(new EmulatorScenario().AddApiKey(KognitosTestServer.ApiKey), new KognitosEmulatorOptions
        {
            InMemoryServer = new TestServer(new ServiceCollection().BuildServiceProvider()),
        });

    private static WebApplication BuildWebApplication()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder.Build();
    }

    private static ServiceProvider BuildContainer()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddRouting();
        return services.BuildServiceProvider();
    }
}
