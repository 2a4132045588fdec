using System.Collections.Concurrent;
using System.Globalization;
using KognitosGen.Emulator;
using KognitosGen.Tests.Emulator;
using KognitosGen.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>
/// AddKognitos in a web application: every request that injects KognitosClient gets the one client, so concurrent
/// waits share its polling loop as they would through a client held by hand; the factory still rotates its handlers.
/// </summary>
public sealed class SharedClientTests(ITestOutputHelper output)
{
    private const int Requests = 40;

    // Runs last two seconds and the list carries outputs: coalesced waits read no run on their own, lone waits read each.
    private static Task<KognitosEmulator> StartEmulatorAsync() =>
        KognitosEmulator.StartAsync(new EmulatorScenario { ListIncludesOutputs = true }
            .AddApiKey(EmulatorScenarios.OrgKey)
            .AddAgent(EmulatorScenarios.Agent, agent => agent.AddProcess(EmulatorScenarios.Invoices, "to process the invoices", configureRun: run =>
            {
                run.PendingMs = 0;
                run.RunningMs = 2_000;
                run.WithOutput("the output total", ScenarioOutput.FromInput("amount")).WithOutput("the output vendor", "ACME");
            })));

    private static void Configure(KognitosClientOptions options, KognitosEmulator emulator)
    {
        FastKognitosOptions.Apply(options, emulator.BaseAddress, EmulatorScenarios.OrgKey);
        // Looks every half second, unjittered: all 40 starts are answered well before the first wait looks again, so
        // no wait is ever alone (a lone wait reads its run on its own).
        options.Polling.InitialInterval = TimeSpan.FromMilliseconds(500);
        options.Polling.MaxInterval = TimeSpan.FromMilliseconds(500);
        options.Polling.Multiplier = 1;
        options.Polling.Jitter = 0;
        options.Polling.Timeout = TimeSpan.FromSeconds(60);
    }

    private static Task<KognitosRunResult<HandWrittenInvoice>> RunInvoiceAsync(KognitosClient client, int number) =>
        client.RunAsync(new HandWrittenInvoice { InvoiceNumber = $"INV-{number}", Amount = number });

    private sealed record Counts(long Starts, long RunReads, long Lists)
    {
        public static Counts Of(KognitosEmulator emulator) => new(
            emulator.Counters.RequestsFor("POST", "/v2/runs"),
            emulator.Counters.RequestsFor("GET", "/v2/runs/{run_id}"),
            emulator.Counters.RequestsFor("GET", "/v2/runs"));
    }

    [Fact]
    public async Task Concurrent_requests_injecting_the_client_share_its_waits_as_one_client_held_by_hand_does()
    {
        // The web application: each request resolves KognitosClient and waits on its own typed run.
        await using var emulator = await StartEmulatorAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddKognitos(options => Configure(options, emulator));
        await using var app = builder.Build();
        var injected = new ConcurrentBag<KognitosClient>();
        var arrived = 0;
        var everyoneArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        app.MapPost("/invoices/{number:int}", async (int number, KognitosClient client) =>
        {
            injected.Add(client);
            // The requests start their runs together, as the loop below does by hand: runs that end milliseconds
            // apart leave no wait alone in the loop for long (a lone wait reads its run on its own).
            if (Interlocked.Increment(ref arrived) == Requests)
                everyoneArrived.SetResult();
            await everyoneArrived.Task.WaitAsync(TimeSpan.FromSeconds(30));
            var result = await RunInvoiceAsync(client, number);
            return result.Process.Total.ToString(CultureInfo.InvariantCulture);
        });
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };

        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            using var response = await http.PostAsync(new Uri($"invoices/{i}", UriKind.Relative), null);
            response.EnsureSuccessStatusCode();
            return await response.Content.ReadAsStringAsync();
        }));
        var host = Counts.Of(emulator);

        // The same work through one client held by hand, and through a client per request (what a typed client gave).
        await using var sharedEmulator = await StartEmulatorAsync();
        using (var shared = new KognitosClient(Options(sharedEmulator)))
            await Task.WhenAll(Enumerable.Range(0, Requests).Select(i => RunInvoiceAsync(shared, i)));
        var held = Counts.Of(sharedEmulator);
        await using var perRequestEmulator = await StartEmulatorAsync();
        await Task.WhenAll(Enumerable.Range(0, Requests).Select(async i =>
        {
            using var own = new KognitosClient(Options(perRequestEmulator));
            await RunInvoiceAsync(own, i);
        }));
        var perRequest = Counts.Of(perRequestEmulator);

        output.WriteLine($"{Requests} requests each waiting on a run: host {host}, one client held by hand {held}, a client per request {perRequest}");
        Assert.Equal(Enumerable.Range(0, Requests).Select(i => i.ToString(CultureInfo.InvariantCulture)), answers);
        Assert.Same(app.Services.GetRequiredService<KognitosClient>(), Assert.Single(injected.Distinct()));
        Assert.Equal(Requests, host.Starts);
        // Coalesced as one client held by hand: the list polled for all, and at most one run read on its own (the last
        // wait of the loop is sometimes left alone when the runs started a few milliseconds apart end; so it goes by
        // hand too, which is why the figures match within one rather than exactly).
        Assert.InRange(held.RunReads, 0, 1);
        Assert.InRange(host.RunReads, 0, 1);
        Assert.InRange(host.Lists, Math.Max(1, held.Lists - 2), held.Lists + 2);
        // A client per request polls every run alone.
        Assert.Equal(0, perRequest.Lists);
        Assert.True(perRequest.RunReads >= Requests, $"{perRequest.RunReads} run reads by {Requests} separate clients");
    }

    [Fact]
    public async Task The_primary_handler_is_recreated_after_its_lifetime_while_the_client_stays_one()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        var primaries = 0;
        var services = new ServiceCollection().AddLogging();
        services.AddKognitos(options => FastKognitosOptions.Apply(options, emulator.BaseAddress, EmulatorScenarios.OrgKey))
            .SetHandlerLifetime(TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(() =>
            {
                Interlocked.Increment(ref primaries);
                return new SocketsHttpHandler();
            });
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KognitosClient>();

        await client.GetHealthAsync();
        await client.GetHealthAsync();
        Assert.Equal(1, Volatile.Read(ref primaries));

        // The factory's expiry timer runs on wall time (one second at least): keep calling until it has rotated.
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Volatile.Read(ref primaries) < 2)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200), patience.Token);
            Assert.Equal("OK", (await client.GetHealthAsync(patience.Token)).Status);
        }

        Assert.Equal(2, Volatile.Read(ref primaries));
        Assert.Same(client, provider.GetRequiredService<KognitosClient>());
        using (var scope = provider.CreateScope())
            Assert.Same(client, scope.ServiceProvider.GetRequiredService<KognitosClient>());
    }

    [Fact]
    public async Task Handlers_and_client_settings_added_to_the_builder_apply_to_the_shared_client()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        var seen = new ConcurrentQueue<string>();
        var services = new ServiceCollection().AddLogging();
        services.AddKognitos(options => options.ApiKey = EmulatorScenarios.OrgKey)
            // No BaseUrl in the options: the HttpClient's base address, set on the builder, is the endpoint.
            .ConfigureHttpClient(http => http.BaseAddress = emulator.BaseAddress)
            .AddHttpMessageHandler(() => new RecordingHandler(seen));
        await using var provider = services.BuildServiceProvider();
        var client = provider.GetRequiredService<KognitosClient>();

        await client.GetHealthAsync();

        Assert.Equal(emulator.BaseAddress, client.BaseAddress);
        Assert.Equal(["GET /v2/health"], seen);
    }

    private static KognitosClientOptions Options(KognitosEmulator emulator)
    {
        var options = new KognitosClientOptions();
        Configure(options, emulator);
        return options;
    }

    private sealed class RecordingHandler(ConcurrentQueue<string> seen) : DelegatingHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            seen.Enqueue($"{request.Method} {request.RequestUri?.AbsolutePath}");
            return base.SendAsync(request, cancellationToken);
        }
    }
}
