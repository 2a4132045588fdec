using Aspire.Hosting;
using Aspire.Hosting.ApplicationModel;
using Aspire.Hosting.Testing;
using KognitosGen.Aspire.Client;

namespace KognitosGen.AppHost.Tests;

/// <summary>
/// The sample app host started once, as <c>dotnet run</c> starts it (DCP from its NuGet package, no Docker): the
/// emulator resource becomes healthy, the worker runs its typed invoice process against it and exits 0, and the
/// run it started is read back through the connection string the app host hands to referencing projects.
/// </summary>
public sealed class AppHostTests
{
    private const string Agent = "a7xm2kp9qwj3v5nh8t4c6r1e9z";
    private const string InvoiceProcess = "b4fznghynbdemslfd5k044fgd";

    [Fact]
    public async Task The_worker_runs_a_typed_invoice_against_the_healthy_emulator_resource()
    {
        // A bound on a hung start, not a speed assertion.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var appHost = await DistributedApplicationTestingBuilder.CreateAsync<Projects.KognitosGen_AppHost>(timeout.Token);
        await using var app = await appHost.BuildAsync(timeout.Token);
        await app.StartAsync(timeout.Token);

        await app.ResourceNotifications.WaitForResourceHealthyAsync("kognitos", timeout.Token);
        var worker = await app.ResourceNotifications.WaitForResourceAsync("worker",
            e => KnownResourceStates.TerminalStates.Contains(e.Snapshot.State?.Text), timeout.Token);

        Assert.Equal(0, worker.Snapshot.ExitCode);
        var connection = await app.GetConnectionStringAsync("kognitos", timeout.Token);
        Assert.NotNull(connection);
        var options = new KognitosClientOptions();
        KognitosConnectionString.Apply(connection, "the app host's kognitos resource", options);
        using var client = new KognitosClient(options);
        var runs = new List<KognitosRun>();
        await foreach (var run in client.ListRunsAsync(new KognitosRunQuery(Agent, InvoiceProcess), timeout.Token))
            runs.Add(run);
        var invoiceRun = await client.GetRunAsync(Assert.Single(runs).Id, timeout.Token);
        invoiceRun.EnsureSucceeded();
        Assert.True(invoiceRun.TryGetOutput("the output total", out var total));
        Assert.Equal("310.25", total.Value.ToString());
        Assert.True(invoiceRun.TryGetOutput("the output vendor", out var vendor));
        Assert.Equal("ACME", vendor.Value.ToString());
    }
}
