using System.Text;
using KognitosGen.Emulator;
using KognitosGen.Tests.Emulator;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Client;

/// <summary>
/// <see cref="KognitosSendOnceHandler"/> in a handler chain built by hand, under a retrying handler of one's own, and
/// how the client reports what the handlers above it throw.
/// </summary>
public sealed class SendOnceHandlerTests
{
    private static KognitosClient ClientOver(KognitosEmulator emulator, HttpMessageHandler handlers) =>
        new(TestOptions.Fast(emulator.BaseAddress, EmulatorScenarios.OrgKey), new HttpClient(handlers));

    private static Task<KognitosEmulator> DroppingRunStartsAsync() =>
        KognitosEmulator.StartAsync(EmulatorScenarios.Build().WithFaults(new FaultSettings
        {
            DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"],
        }));

    [Fact]
    public async Task A_retrying_handler_over_the_guard_cannot_start_a_run_twice()
    {
        await using var emulator = await DroppingRunStartsAsync();
        var retry = new NaiveRetryHandler { InnerHandler = new KognitosSendOnceHandler(new SocketsHttpHandler()) };
        using var client = ClientOver(emulator, retry);

        var typed = await client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "G-1", Amount = 1 });
        var plain = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "plain", AgentId = EmulatorScenarios.Agent, ProcessId = EmulatorScenarios.Invoices,
        }));

        Assert.Contains("[kg-", typed.Run.Name, StringComparison.Ordinal);
        Assert.Equal(KognitosFailureKind.Network, plain.Kind);
        Assert.True(plain.RequestMayHaveBeenProcessed);
        var refusal = Assert.IsType<KognitosResendRefusedException>(plain.InnerException);
        Assert.IsType<HttpRequestException>(refusal.InnerException);
        Assert.DoesNotContain(EmulatorScenarios.OrgKey, plain.Message + refusal.Message);
        Assert.Equal(2, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(2, emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
        Assert.Equal(2 * 4, retry.PostAttempts);
    }

    [Fact]
    public async Task A_retry_after_a_refused_connection_is_let_through()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        var refuseFirst = new RefuseFirstConnection { InnerHandler = new SocketsHttpHandler() };
        using var client = ClientOver(emulator, new NaiveRetryHandler { InnerHandler = new KognitosSendOnceHandler(refuseFirst) });

        var run = await client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "second try", AgentId = EmulatorScenarios.Agent, ProcessId = EmulatorScenarios.Invoices,
        });

        Assert.Equal("second try", run.Name);
        Assert.Equal(2, refuseFirst.Calls);
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(EmulatorScenarios.Invoices));
    }

    [Fact]
    public async Task A_handler_that_gives_up_after_attempts_that_never_left_reports_the_call_as_not_processed()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        var chain = new GiveUpAfterFailure { InnerHandler = new KognitosSendOnceHandler(new RefuseFirstConnection { RefuseAll = true, InnerHandler = new SocketsHttpHandler() }) };
        using var client = ClientOver(emulator, chain);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "N-1", Amount = 1 }));

        Assert.Equal(KognitosFailureKind.Handler, error.Kind);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.IsType<GiveUpException>(error.InnerException);
        Assert.Equal(0, emulator.Counters.TotalRequests);
    }

    [Fact]
    public async Task Without_the_guard_a_handlers_failure_is_reported_as_possibly_processed()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        using var client = ClientOver(emulator, new GiveUpAfterFailure { InnerHandler = new RefuseFirstConnection { RefuseAll = true, InnerHandler = new SocketsHttpHandler() } });

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.CreateRunAsync(new KognitosCreateRunRequest
        {
            Name = "unknown", AgentId = EmulatorScenarios.Agent, ProcessId = EmulatorScenarios.Invoices,
        }));

        Assert.Equal(KognitosFailureKind.Handler, error.Kind);
        Assert.True(error.RequestMayHaveBeenProcessed);
    }

    [Fact]
    public async Task A_handlers_exception_surfaces_typed_once_with_the_key_cut_from_the_message()
    {
        await using var emulator = await KognitosEmulator.StartAsync(EmulatorScenarios.Build());
        var leaky = new LeakyHandler { InnerHandler = new SocketsHttpHandler() };
        using var client = ClientOver(emulator, leaky);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.GetHealthAsync());

        Assert.Equal(KognitosFailureKind.Handler, error.Kind);
        Assert.Equal("GET", error.Method);
        Assert.Equal("/v2/health", error.Path);
        Assert.IsType<InvalidOperationException>(error.InnerException);
        Assert.Contains("InvalidOperationException", error.Message);
        Assert.Contains("[redacted]", error.Message);
        Assert.DoesNotContain(EmulatorScenarios.OrgKey, error.Message);
        Assert.Equal(1, leaky.Calls);
    }

    [Fact]
    public async Task Requests_the_client_did_not_send_pass_the_guard_untouched()
    {
        await using var emulator = await DroppingRunStartsAsync();
        var retry = new NaiveRetryHandler { InnerHandler = new KognitosSendOnceHandler(new SocketsHttpHandler()) };
        using var http = new HttpClient(retry);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(emulator.BaseAddress, "v2/runs"))
        {
            Content = new StringContent(
                $$"""{"name": "raw", "agent_id": "{{EmulatorScenarios.Agent}}", "process_id": "{{EmulatorScenarios.Invoices}}", "stage": "Published"}""",
                Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-api-key", EmulatorScenarios.OrgKey);

        await Assert.ThrowsAsync<HttpRequestException>(() => http.SendAsync(request));

        Assert.Equal(4, emulator.Counters.RequestsFor("POST", "/v2/runs"));
    }

    /// <summary>Fails the first request (or every one) as a refused connection does, before anything is sent.</summary>
    private sealed class RefuseFirstConnection : DelegatingHandler
    {
        private int _calls;

        public bool RefuseAll { get; init; }

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Interlocked.Increment(ref _calls) == 1 || RefuseAll
                ? throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (test)")
                : base.SendAsync(request, cancellationToken);
    }

    private sealed class GiveUpException(string message) : Exception(message);

    /// <summary>Like an open circuit: turns the inner failure into a rejection of its own.</summary>
    private sealed class GiveUpAfterFailure : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            try
            {
                return await base.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException)
            {
                throw new GiveUpException("giving up");
            }
        }
    }

    /// <summary>A handler whose exception quotes the request's headers, key included.</summary>
    private sealed class LeakyHandler : DelegatingHandler
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Interlocked.Increment(ref _calls);
            throw new InvalidOperationException("refusing a request with headers " + request.Headers);
        }
    }
}
