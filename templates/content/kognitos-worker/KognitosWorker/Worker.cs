using KognitosGen;
using KognitosWorker.Processes;

namespace KognitosWorker;

/// <summary>Runs the process once with the injected client, logs its typed outputs and stops the host.</summary>
public sealed partial class Worker(KognitosClient client, IHostApplicationLifetime lifetime, ILogger<Worker> logger) : BackgroundService
{
    // A field, not the primary constructor's parameter: the logging source generator looks for a logger field.
    private readonly ILogger<Worker> _logger = logger;

    /// <summary>Starts one run, waits for it and returns the process with its outputs filled in.</summary>
    public async Task<KognitosProcess> RunOnceAsync(CancellationToken cancellationToken)
    {
        var process = new KognitosProcess { InvoiceNumber = "INV-1", Amount = 100m };
        var done = await process.RunAsync(client, cancellationToken: cancellationToken);
        LogResult(done.Run.Id, process.Total, process.Vendor ?? "(none)");
        return process;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await RunOnceAsync(stoppingToken);
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Run {RunId}: total {Total}, vendor {Vendor}")]
    private partial void LogResult(string runId, decimal total, string vendor);
}
