using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Telemetry;

/// <summary>The KognitosGen meter's instruments, against the in-process emulator, heard by a MeterListener.</summary>
[Collection(nameof(TelemetryCollection))]
public sealed class RunMetricsTests
{
    private const string InvoiceNumber = "INV-58213";

    private static HandWrittenInvoice Invoice(KognitosFile? scan = null) => new() { InvoiceNumber = InvoiceNumber, Amount = 1234.56m, Scan = scan };

    private static async Task<KognitosEmulator> EmulatorAsync(FaultSettings? faults = null)
    {
        var scenario = Build();
        return await KognitosEmulator.StartAsync(faults is null ? scenario : scenario.WithFaults(faults));
    }

    private static void AssertRunTags(RecordedMeasurement measurement, string processId = Invoices)
    {
        Assert.Equal(processId, measurement.Tag("kognitos.process_id"));
        Assert.Equal("Published", measurement.Tag("kognitos.stage"));
    }

    [Fact]
    public async Task A_succeeded_run_is_counted_started_and_finished_with_its_duration_calls_and_upload_size()
    {
        await using var emulator = await EmulatorAsync();
        using var client = ClientFor(emulator);
        using var metrics = new MetricRecorder();
        using var traces = new ActivityRecorder();
        var scan = new byte[3000];

        await client.RunAsync(Invoice(KognitosFile.FromBytes("scan.pdf", scan, "application/pdf")));

        var started = metrics.Single("kognitos.run.started");
        Assert.Equal(1, started.Value);
        Assert.Equal("{run}", started.Unit);
        AssertRunTags(started);
        var finished = metrics.Single("kognitos.run.finished");
        AssertRunTags(finished);
        Assert.Equal("Succeeded", finished.Tag("kognitos.run_status"));
        var duration = metrics.Single("kognitos.run.duration");
        Assert.Equal("s", duration.Unit);
        Assert.Equal("Succeeded", duration.Tag("kognitos.run_status"));

        var upload = metrics.Single("kognitos.file.upload.size");
        Assert.Equal("By", upload.Unit);
        Assert.Equal(scan.Length, upload.Value);
        AssertRunTags(upload);

        var calls = metrics.Of("kognitos.client.operation.duration");
        Assert.All(calls, call => Assert.Equal("s", call.Unit));
        Assert.All(calls, call => Assert.Null(call.Tag("error.type")));
        var create = Assert.Single(calls, call => call.Tag("kognitos.operation") == "kognitos.runs.create");
        Assert.Equal("POST", create.Tag("http.request.method"));
        Assert.Equal("201", create.Tag("http.response.status_code"));
        // The scenario keeps the run pending 20 ms and running 40 ms from its creation, which happened somewhere inside
        // the start call; the duration counts from that call's answer, so it is at least 60 ms less the call's own
        // time (a loaded machine may take most of that to deliver the answer). 2 ms for the clocks' grain; the test's
        // own budget bounds it from above.
        Assert.InRange(duration.Value, 0.060 - create.Value - 0.002, 10);
        Assert.True(duration.Value > 0, "the run's duration is not positive");
        var polls = calls.Where(call => call.Tag("kognitos.operation") == "kognitos.runs.get").ToList();
        Assert.Equal(emulator.Counters.RequestsFor("GET", "/v2/runs/{run_id}"), polls.Count);
        Assert.All(polls, poll => Assert.Equal("200", poll.Tag("http.response.status_code")));
        Assert.Contains(calls, call => call.Tag("kognitos.operation") == "kognitos.files.upload");

        Assert.Empty(metrics.Of("kognitos.run.binding_failures"));
        Assert.Empty(metrics.Of("kognitos.run.start_recoveries"));
        Assert.Empty(metrics.Of("kognitos.client.retries"));
        TelemetryPrivacy.AssertNothingLeaks(metrics, traces.Stopped, OrgKey, InvoiceNumber, "1234.56");
    }

    [Fact]
    public async Task A_failed_run_is_counted_finished_as_failed_with_its_duration()
    {
        await using var emulator = await EmulatorAsync();
        using var client = ClientFor(emulator);
        using var metrics = new MetricRecorder();

        var invoice = new HandWrittenInvoice { InvoiceNumber = InvoiceNumber, Descriptor = HandWrittenInvoice.Shape(Agent, Failing) };
        await Assert.ThrowsAsync<KognitosRunFailedException>(() => client.RunAsync(invoice));

        AssertRunTags(metrics.Single("kognitos.run.started"), Failing);
        var finished = metrics.Single("kognitos.run.finished");
        AssertRunTags(finished, Failing);
        Assert.Equal("Failed", finished.Tag("kognitos.run_status"));
        Assert.Equal("Failed", metrics.Single("kognitos.run.duration").Tag("kognitos.run_status"));
        Assert.Empty(metrics.Of("kognitos.run.binding_failures"));
        TelemetryPrivacy.AssertNothingLeaks(metrics, [], OrgKey, InvoiceNumber);
    }

    [Fact]
    public async Task A_run_whose_outputs_do_not_bind_is_counted_succeeded_and_a_binding_failure_of_the_first_errors_kind()
    {
        await using var emulator = await EmulatorAsync();
        using var client = ClientFor(emulator);
        using var metrics = new MetricRecorder();

        await Assert.ThrowsAsync<KognitosBindingException>(() => client.RunAsync(new StrictInvoice { InvoiceNumber = InvoiceNumber, Amount = 5 }));

        Assert.Equal("Succeeded", metrics.Single("kognitos.run.finished").Tag("kognitos.run_status"));
        var failure = metrics.Single("kognitos.run.binding_failures");
        Assert.Equal(1, failure.Value);
        AssertRunTags(failure);
        Assert.Equal("Missing", failure.Tag("error.type"));
        TelemetryPrivacy.AssertNothingLeaks(metrics, [], OrgKey, InvoiceNumber);
    }

    [Fact]
    public async Task A_start_whose_answer_was_lost_is_counted_as_recovered_by_lookup()
    {
        await using var emulator = await EmulatorAsync(new FaultSettings { DropAfterHandlingRate = 1, Methods = ["POST"], Paths = ["/v2/runs"] });
        using var client = ClientFor(emulator);
        using var metrics = new MetricRecorder();

        await client.StartAsync(Invoice());

        Assert.Equal(1, emulator.Counters.RunsCreatedFor(Invoices));
        var recovery = metrics.Single("kognitos.run.start_recoveries");
        Assert.Equal("{recovery}", recovery.Unit);
        AssertRunTags(recovery);
        Assert.Equal("found", recovery.Tag("kognitos.recovery"));
        Assert.Equal("Network", recovery.Tag("error.type"));
        AssertRunTags(metrics.Single("kognitos.run.started"));
        var create = Assert.Single(metrics.Of("kognitos.client.operation.duration"), call => call.Tag("kognitos.operation") == "kognitos.runs.create");
        Assert.Equal("Network", create.Tag("error.type"));
        Assert.Null(create.Tag("http.response.status_code"));
        Assert.Empty(metrics.Of("kognitos.client.retries"));
        TelemetryPrivacy.AssertNothingLeaks(metrics, [], OrgKey, InvoiceNumber);
    }

    [Fact]
    public async Task A_rate_limited_start_is_counted_as_resent_and_retried_for_429()
    {
        var seed = FaultSeeds.RateLimitedThenAnswered(0.5);
        await using var emulator = await EmulatorAsync(new FaultSettings
        {
            Seed = seed, RateLimitRate = 0.5, RetryAfterSeconds = 0, Methods = ["POST"], Paths = ["/v2/runs"],
        });
        using var client = ClientFor(emulator);
        using var metrics = new MetricRecorder();

        await client.StartAsync(Invoice());

        Assert.Equal(2, emulator.Counters.RequestsFor("POST", "/v2/runs"));
        Assert.Equal(1, emulator.Counters.RunsCreatedFor(Invoices));
        var recovery = metrics.Single("kognitos.run.start_recoveries");
        Assert.Equal("resent", recovery.Tag("kognitos.recovery"));
        Assert.Equal("429", recovery.Tag("error.type"));
        var retry = metrics.Single("kognitos.client.retries");
        Assert.Equal("{retry}", retry.Unit);
        Assert.Equal("kognitos.runs.create", retry.Tag("kognitos.operation"));
        Assert.Equal("429", retry.Tag("error.type"));
        Assert.Equal(1, metrics.Single("kognitos.run.started").Value);
    }

    [Fact]
    public async Task Polls_answered_429_are_counted_as_retries_for_429_and_the_run_still_finishes()
    {
        var seed = FaultSeeds.RateLimitedThenAnswered(0.3);
        await using var emulator = await EmulatorAsync(new FaultSettings
        {
            Seed = seed, RateLimitRate = 0.3, RetryAfterSeconds = 0, Methods = ["GET"], Paths = ["/v2/runs/{run_id}"],
        });
        using var client = ClientFor(emulator, configure: o => o.Retry.MaxRetries = 10);
        using var metrics = new MetricRecorder();
        using var traces = new ActivityRecorder();

        await client.RunAsync(Invoice());

        var throttled = emulator.Counters.FaultsInjected(FaultKind.RateLimited);
        Assert.True(throttled >= 1);
        var retries = metrics.Of("kognitos.client.retries");
        Assert.Equal(throttled, retries.Sum(r => (long)r.Value));
        Assert.All(retries, retry =>
        {
            Assert.Equal("kognitos.runs.get", retry.Tag("kognitos.operation"));
            Assert.Equal("GET", retry.Tag("http.request.method"));
            Assert.Equal("429", retry.Tag("error.type"));
        });
        Assert.Equal("Succeeded", metrics.Single("kognitos.run.finished").Tag("kognitos.run_status"));
        // The trace shows the same: a retry event on the poll's activity, tagged with the status.
        var retryEvents = traces.Stopped.Where(a => a.OperationName == "kognitos.runs.get").SelectMany(a => a.Events).ToList();
        Assert.Equal(throttled, retryEvents.Count);
        Assert.All(retryEvents, e => Assert.Equal(("kognitos.retry", (object?)"429"), (e.Name, e.Tags.Single(t => t.Key == "error.type").Value)));
        TelemetryPrivacy.AssertNothingLeaks(metrics, traces.Stopped, OrgKey, InvoiceNumber);
    }

    [Fact]
    public async Task A_call_that_fails_for_good_records_its_duration_with_the_status_as_error_type()
    {
        await using var emulator = await EmulatorAsync();
        using var client = ClientFor(emulator);
        using var metrics = new MetricRecorder();

        await Assert.ThrowsAsync<KognitosApiException>(() => client.GetRunAsync("n0suchrun0000000000000000"));

        var call = metrics.Single("kognitos.client.operation.duration");
        Assert.Equal("kognitos.runs.get", call.Tag("kognitos.operation"));
        Assert.Equal("404", call.Tag("http.response.status_code"));
        Assert.Equal("404", call.Tag("error.type"));
        Assert.Empty(metrics.Of("kognitos.client.retries"));
    }
}
