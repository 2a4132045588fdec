using BenchmarkDotNet.Attributes;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// One whole typed run of <see cref="InvoiceReview"/> (write the start, send it, one poll, bind 12 outputs) over an
/// in-memory handler: nobody listening to KognitosGen's activities and meter, against an SDK-like listener on both.
/// Run alone with <c>-- --telemetry</c>.
/// </summary>
[MemoryDiagnoser]
public class TelemetryBenchmarks
{
    private static readonly InvoiceReview Input = new()
    {
        InvoiceNumber = "INV-2025-0042", Amount = 1234.56m, Quantity = 17, Urgent = true, DueBy = new DateOnly(2025, 4, 30), Level = ReviewPriority.High,
    };

    private HttpClient _http = null!;
    private KognitosClient _client = null!;
    private TelemetryListeners? _listeners;

    [GlobalSetup(Target = nameof(TypedRun_NoListener))]
    public void SetupWithoutListener() => Setup(listen: false);

    [GlobalSetup(Target = nameof(TypedRun_WithListeners))]
    public void SetupWithListeners() => Setup(listen: true);

    [GlobalCleanup]
    public void Cleanup()
    {
        _listeners?.Dispose();
        _listeners = null;
        _client.Dispose();
        _http.Dispose();
    }

    [Benchmark(Baseline = true)]
    public Task<KognitosRunResult<InvoiceReview>> TypedRun_NoListener() => Run();

    [Benchmark]
    public Task<KognitosRunResult<InvoiceReview>> TypedRun_WithListeners() => Run();

    private Task<KognitosRunResult<InvoiceReview>> Run() => _client.RunAsync(new InvoiceReview
    {
        InvoiceNumber = Input.InvoiceNumber, Amount = Input.Amount, Quantity = Input.Quantity, Urgent = Input.Urgent, DueBy = Input.DueBy, Level = Input.Level,
    });

    private void Setup(bool listen)
    {
        _http = new HttpClient(new CannedKognitosHandler());
#pragma warning disable KOG0010 // Nothing is sent anywhere: the handler answers in memory.
        _client = new KognitosClient(new KognitosClientOptions { BaseUrl = new Uri("https://kognitos.invalid/"), ApiKey = "benchmark-key" }, _http);
#pragma warning restore KOG0010
        _listeners = listen ? new TelemetryListeners() : null;
        var result = Run().GetAwaiter().GetResult();
        if (result.Process.Vendor != "Northwind Traders")
            throw new InvalidOperationException("The typed run did not bind its outputs.");
        Warm.Up(() => Run().GetAwaiter().GetResult());
    }
}
