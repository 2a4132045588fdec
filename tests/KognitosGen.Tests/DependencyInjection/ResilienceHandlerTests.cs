using System.Collections.Concurrent;
using KognitosGen.Emulator;
using KognitosGen.ReliabilityTests.Infrastructure;
using KognitosGen.Tests.Emulator;
using KognitosGen.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.RateLimiting;
using Polly.Timeout;
using Xunit.Abstractions;

namespace KognitosGen.Tests.DependencyInjection;

/// <summary>
/// AddKognitos under the handlers hosted apps add to its builder: the real standard resilience and hedging handlers
/// (Microsoft.Extensions.Http.Resilience, Polly) and a retrying handler of one's own. Run starts are created once
/// however those handlers re-send, and what the handlers throw surfaces typed.
/// </summary>
[Trait("Category", "Reliability")]
public sealed class ResilienceHandlerTests(ITestOutputHelper output)
{
    private const int Runs = 30;

    public enum Handlers
    {
        StandardResilience,
        StandardResilienceForEveryClient,
        StandardHedging,
        OwnRetryHandler,
    }

    [Theory]
    [InlineData(Handlers.StandardResilience)]
    [InlineData(Handlers.StandardResilienceForEveryClient)]
    [InlineData(Handlers.StandardHedging)]
    [InlineData(Handlers.OwnRetryHandler)]
    public async Task Typed_runs_whose_answers_are_dropped_after_the_server_created_them_create_each_run_once(Handlers handlers)
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            Seed = 3, DropAfterHandlingRate = 0.3, Methods = ["POST"], Paths = ["/v2/runs"],
        }));
        var logs = new CollectingLoggerProvider();
        await using var provider = Services(emulator, logs, handlers);
        var client = provider.GetRequiredService<KognitosClient>();
        var failures = new ConcurrentBag<Exception>();

        var results = await Task.WhenAll(Enumerable.Range(0, Runs).Select(async i =>
        {
            try
            {
                return await client.RunAsync(new HandWrittenInvoice { InvoiceNumber = $"R-{i}", Amount = i });
            }
            catch (Exception exception)
            {
                failures.Add(exception);
                return null;
            }
        }));

        var created = emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices);
        var dropped = emulator.Counters.FaultsInjected(FaultKind.DroppedAfterHandling);
        var figures = $"{handlers}: typed runs {Runs}, created by the server {created}, duplicates {created - Runs}, " +
            $"POST /v2/runs {emulator.Counters.RequestsFor("POST", "/v2/runs")}, answers dropped after creating the run {dropped}, failures {failures.Count}";
        output.WriteLine(figures);
        ReliabilityReport.Add(nameof(Typed_runs_whose_answers_are_dropped_after_the_server_created_them_create_each_run_once), figures);
        Assert.All(failures, failure => Assert.NotNull(Assert.IsType<KognitosApiException>(failure).InnerException));
        Assert.True(dropped > 0, "no answer was dropped");
        Assert.Equal(Runs, created);
        Assert.Equal(Runs, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Empty(failures);
        Assert.Equal(Runs, results.Select(r => r!.Run.Id).Distinct().Count());
        Assert.All(results.Select((r, i) => (r, i)), pair => Assert.Equal(pair.i, pair.r!.Process.Total));
        // The handler did try to send starts again, and the guard refused (as logged).
        var refusals = logs.Lines.Where(line => line.Contains(nameof(KognitosResendRefusedException), StringComparison.Ordinal)).ToList();
        output.WriteLine(refusals.FirstOrDefault() ?? "(no refusal logged)");
        Assert.NotEmpty(refusals);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(EmulatorScenarios.OrgKey, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_plain_run_start_is_sent_once_and_reports_the_first_attempts_failure()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"],
        }));
        await using var provider = Services(emulator, null, Handlers.StandardResilience);
        var client = provider.GetRequiredService<KognitosClient>();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "dropped", AgentId = EmulatorScenarios.Agent, ProcessId = EmulatorScenarios.Invoices,
        }));

        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.True(error.RequestMayHaveBeenProcessed);
        var refusal = Assert.IsType<KognitosResendRefusedException>(error.InnerException);
        Assert.IsType<HttpRequestException>(refusal.InnerException);
        Assert.Equal("/v2/runs", refusal.Path);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
    }

    [Fact]
    public async Task A_file_creation_answered_503_is_sent_once_and_reported_as_the_503()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            ServiceUnavailableRate = 1, Methods = ["POST"], Paths = ["/v2/files"],
        }));
        await using var provider = Services(emulator, null, Handlers.StandardResilience);
        var client = provider.GetRequiredService<KognitosClient>();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateFileAsync("scan.pdf", EmulatorScenarios.Agent));

        Assert.Equal(KognitosFailureKind.HttpError, error.Kind);
        Assert.Equal(503, error.StatusCode);
        Assert.IsType<KognitosResendRefusedException>(error.InnerException);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/files"));
    }

    [Fact]
    public async Task An_open_circuit_surfaces_as_a_typed_failure_and_no_run_is_started()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        var circuit = new CircuitBreakerManualControl(isIsolated: true);
        await using var provider = Services(emulator, null, builder => builder.AddStandardResilienceHandler(o => o.CircuitBreaker.ManualControl = circuit));
        var client = provider.GetRequiredService<KognitosClient>();

        var read = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());
        var start = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "C-1", Amount = 1 }));

        Assert.Equal(KognitosFailureKind.Handler, read.Kind);
        Assert.IsAssignableFrom<BrokenCircuitException>(read.InnerException);
        Assert.Contains(nameof(IsolatedCircuitException), read.Message);
        Assert.Equal(KognitosFailureKind.Handler, start.Kind);
        Assert.IsAssignableFrom<BrokenCircuitException>(start.InnerException);
        Assert.Equal(0, emulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task A_circuit_that_opens_after_a_start_was_sent_fails_it_typed_as_possibly_processed_and_sends_it_once()
    {
        // The issue's case: the first POST created the run and lost its answer, the circuit opened, and Polly's retry met it.
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"],
        }));
        var circuit = new CircuitBreakerManualControl();
        await using var provider = Services(emulator, null, builder =>
        {
            builder.AddStandardResilienceHandler(o =>
            {
                o.CircuitBreaker.ManualControl = circuit;
                o.Retry.Delay = TimeSpan.FromMilliseconds(10);
            });
            builder.AddHttpMessageHandler(() => new IsolateCircuitAfterFailure(circuit));
        });
        var client = provider.GetRequiredService<KognitosClient>();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "C-2", Amount = 2 }));

        Assert.Equal(KognitosFailureKind.Handler, error.Kind);
        Assert.True(error.RequestMayHaveBeenProcessed);
        Assert.IsAssignableFrom<BrokenCircuitException>(error.InnerException);
        Assert.Equal(1, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
    }

    [Fact]
    public async Task A_timeout_policy_rejection_surfaces_typed_and_is_not_resent_by_the_client()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            LatencyMs = 5_000, Methods = ["GET"], Paths = ["/v2/health"],
        }));
        var attempts = new CountingHandler();
        await using var provider = Services(emulator, null, builder =>
        {
            builder.AddResilienceHandler("timeout", pipeline => pipeline.AddTimeout(TimeSpan.FromMilliseconds(200)));
            builder.AddHttpMessageHandler(() => attempts);
        });
        var client = provider.GetRequiredService<KognitosClient>();

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());

        Assert.Equal(KognitosFailureKind.Handler, error.Kind);
        Assert.IsType<TimeoutRejectedException>(error.InnerException);
        Assert.Equal("/v2/health", error.Path);
        Assert.Equal(1, attempts.Count);
    }

    [Fact]
    public async Task A_rate_limiter_rejection_surfaces_typed()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            LatencyMs = 1_500, Methods = ["GET"], Paths = ["/v2/health"],
        }));
        await using var provider = Services(emulator, null, builder => builder.AddResilienceHandler("limit", pipeline => pipeline.AddConcurrencyLimiter(permitLimit: 1, queueLimit: 0)));
        var client = provider.GetRequiredService<KognitosClient>();

        var first = client.GetHealthAsync();
        while (emulator.Counters.RequestsFor("GET", "/v2/health") == 0 && !first.IsCompleted)
            await Task.Delay(5);
        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());
        await first;

        Assert.Equal(KognitosFailureKind.Handler, error.Kind);
        Assert.IsType<RateLimiterRejectedException>(error.InnerException);
        Assert.Equal(1, emulator.Counters.RequestsFor("GET", "/v2/health"));
    }

    private static ServiceProvider Services(KognitosEmulator emulator, CollectingLoggerProvider? logs, Handlers handlers) =>
        Services(emulator, logs, builder =>
        {
            switch (handlers)
            {
                case Handlers.StandardResilience:
                    builder.AddStandardResilienceHandler();
                    break;
                case Handlers.StandardResilienceForEveryClient:
                    builder.Services.ConfigureHttpClientDefaults(defaults => defaults.AddStandardResilienceHandler());
                    break;
                case Handlers.StandardHedging:
                    builder.AddStandardHedgingHandler();
                    break;
                case Handlers.OwnRetryHandler:
                    builder.Services.AddTransient<NaiveRetryHandler>();
                    builder.AddHttpMessageHandler<NaiveRetryHandler>();
                    break;
            }
        });

    private static ServiceProvider Services(KognitosEmulator emulator, CollectingLoggerProvider? logs, Action<IHttpClientBuilder> addHandlers)
    {
        var services = new ServiceCollection();
        services.AddLogging(builder =>
        {
            builder.SetMinimumLevel(LogLevel.Trace);
            if (logs is not null)
                builder.AddProvider(logs);
        });
        var kognitos = services.AddKognitos(options => FastKognitosOptions.Apply(options, emulator.BaseAddress, EmulatorScenarios.OrgKey));
        addHandlers(kognitos);
        return services.BuildServiceProvider();
    }

    /// <summary>Counts the attempts that leave the handlers above it.</summary>
    private sealed class CountingHandler : DelegatingHandler
    {
        private int _count;

        public int Count => Volatile.Read(ref _count);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _count);
            return base.SendAsync(request, cancellationToken);
        }
    }

    /// <summary>Inside the resilience handler: opens its circuit when an attempt fails, as a run of failures would.</summary>
    private sealed class IsolateCircuitAfterFailure(CircuitBreakerManualControl circuit) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                await circuit.IsolateAsync(cancellationToken);
                throw;
            }
        }
    }
}
