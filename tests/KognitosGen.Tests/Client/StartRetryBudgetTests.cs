using System.Net;
using System.Net.Sockets;
using KognitosGen.Tests.Infrastructure;

namespace KognitosGen.Tests.Client;

/// <summary>
/// One typed start, and one typed run's file, get one retry budget: with the server unreachable, <c>MaxRetries</c> N
/// means N + 1 requests, however the pipeline's re-sends and the start's own recovery rounds combine, and the failure
/// says how many attempts were made over how long.
/// </summary>
public sealed class StartRetryBudgetTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    [InlineData(3, 4)]
    public async Task A_start_against_an_unreachable_server_makes_max_retries_plus_one_attempts(int maxRetries, int attempts)
    {
        var counter = new CountingHandler();
        using var client = UnreachableClient(counter, maxRetries);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "U-1", Amount = 1 }));

        Assert.Equal(attempts, counter.Count("POST", "/v2/runs"));
        Assert.Equal(attempts, counter.Total);
        Assert.Equal(KognitosFailureKind.Network, error.Kind);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Contains($"({attempts} attempt{(attempts == 1 ? "" : "s")} over ", error.Message);
        Assert.Contains($"Retry.MaxRetries is {maxRetries})", error.Message);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(3, 4)]
    public async Task A_start_with_recovery_off_against_an_unreachable_server_makes_max_retries_plus_one_attempts(int maxRetries, int attempts)
    {
        var counter = new CountingHandler();
        using var client = UnreachableClient(counter, maxRetries, o => o.RunStartRecovery = false);

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "U-2", Amount = 1 }));

        Assert.Equal(attempts, counter.Count("POST", "/v2/runs"));
        Assert.Contains($"({attempts} attempt", error.Message);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(2, 3)]
    public async Task A_runs_file_against_an_unreachable_server_makes_max_retries_plus_one_attempts_and_no_start(int maxRetries, int attempts)
    {
        var counter = new CountingHandler();
        using var client = UnreachableClient(counter, maxRetries);
        var invoice = new HandWrittenInvoice { InvoiceNumber = "U-3", Amount = 1, Scan = KognitosFile.FromBytes("scan.pdf", [1, 2, 3]) };

        var error = await Assert.ThrowsAsync<KognitosApiException>(() => client.StartAsync(invoice));

        Assert.Equal("/v2/files", error.Path);
        Assert.Equal(attempts, counter.Count("POST", "/v2/files"));
        Assert.Equal(attempts, counter.Total);
        Assert.False(error.RequestMayHaveBeenProcessed);
        Assert.Contains($"({attempts} attempt", error.Message);
    }

    private static KognitosClient UnreachableClient(CountingHandler counter, int maxRetries, Action<KognitosClientOptions>? configure = null)
    {
        var options = TestOptions.Fast(new Uri($"http://127.0.0.1:{ClosedLoopbackPort()}/"), LoopbackServer.ApiKey);
        options.Retry.MaxRetries = maxRetries;
        options.RunListingLag = TimeSpan.Zero;
        configure?.Invoke(options);
        counter.InnerHandler = new SocketsHttpHandler();
        return new KognitosClient(options, new HttpClient(counter));
    }

    /// <summary>A loopback port nobody listens on (bound, then freed), so every connection is refused.</summary>
    private static int ClosedLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Counts the requests that went towards the network, by method and path.</summary>
    private sealed class CountingHandler : DelegatingHandler
    {
        private readonly List<string> _sent = [];

        public int Total
        {
            get
            {
                lock (_sent)
                    return _sent.Count;
            }
        }

        public int Count(string method, string path)
        {
            lock (_sent)
                return _sent.Count(s => s == method + " " + path);
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            lock (_sent)
                _sent.Add(request.Method.Method + " " + request.RequestUri!.AbsolutePath);
            return base.SendAsync(request, cancellationToken);
        }
    }
}
