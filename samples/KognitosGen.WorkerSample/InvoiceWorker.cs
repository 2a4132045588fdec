using System.Diagnostics;
using KognitosGen.Sample.Processes;

namespace KognitosGen.WorkerSample;

/// <summary>A job-style worker: runs one invoice through Kognitos with the injected client, logs the typed outputs, stops.</summary>
public sealed partial class InvoiceWorker(KognitosClient client, IHostApplicationLifetime lifetime, ILogger<InvoiceWorker> logger) : BackgroundService
{
    /// <summary>The name of the worker's own activity source: its job is the root of the trace.</summary>
    public const string ActivitySourceName = "KognitosGen.WorkerSample";

    private static readonly ActivitySource Source = new(ActivitySourceName);

    /// <summary>What the worker ended with, for the process exit code.</summary>
    public int ExitCode { get; private set; } = 1;

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var job = Source.StartActivity("invoice job");
        try
        {
            var invoice = new ProcessInvoice { InvoiceNumber = "INV-7", Amount = 310.25m };
            var result = await invoice.RunAsync(client, cancellationToken: stoppingToken);
            LogResult(result.Run.Id, invoice.Total, invoice.Vendor ?? "(none)", invoice.Approved);
            ExitCode = 0;
        }
        catch (Exception error) when (error is KognitosApiException or KognitosRunFailedException or KognitosBindingException or KognitosWaitTimeoutException)
        {
            job?.SetStatus(ActivityStatusCode.Error, error.GetType().Name);
            LogFailure(error.Message);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Invoice run {RunId}: total {Total}, vendor {Vendor}, approved {Approved}")]
    private partial void LogResult(string runId, decimal total, string vendor, bool approved);

    [LoggerMessage(EventId = 2, Level = LogLevel.Error, Message = "Invoice run failed: {Reason}")]
    private partial void LogFailure(string reason);
}
