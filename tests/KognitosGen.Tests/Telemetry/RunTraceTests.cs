using System.Diagnostics;
using KognitosGen.Emulator;
using KognitosGen.Tests.Infrastructure;
using static KognitosGen.Tests.Emulator.EmulatorScenarios;

namespace KognitosGen.Tests.Telemetry;

/// <summary>The activity of a typed run: start, upload, wait and bind under it, calls as children, status events.</summary>
[Collection(nameof(TelemetryCollection))]
public sealed class RunTraceTests : IAsyncLifetime
{
    private KognitosEmulator _emulator = null!;
    private KognitosClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await KognitosEmulator.StartAsync(Build());
        _client = ClientFor(_emulator);
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    private static Activity[] ChildrenOf(ActivityRecorder traces, Activity parent) =>
        traces.Stopped.Where(a => a.ParentSpanId == parent.SpanId).OrderBy(a => a.StartTimeUtc).ToArray();

    [Fact]
    public async Task A_typed_run_is_one_activity_over_upload_start_wait_and_bind_with_the_calls_as_children()
    {
        using var traces = new ActivityRecorder();
        var invoice = new HandWrittenInvoice { InvoiceNumber = "INV-77", Amount = 3, Scan = KognitosFile.FromBytes("scan.pdf", [1, 2, 3]) };

        var result = await _client.RunAsync(invoice);

        var run = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.run");
        Assert.Equal(ActivityKind.Internal, run.Kind);
        Assert.Equal(ActivityStatusCode.Unset, run.Status);
        Assert.Equal(Invoices, run.GetTagItem("kognitos.process_id"));
        Assert.Equal(Agent, run.GetTagItem("kognitos.agent_id"));
        Assert.Equal("Published", run.GetTagItem("kognitos.stage"));
        Assert.Equal(result.Run.Id, run.GetTagItem("kognitos.run_id"));
        Assert.Equal("Succeeded", run.GetTagItem("kognitos.run_status"));

        Assert.Equal(
            ["kognitos.files.create", "kognitos.files.upload", "kognitos.runs.create", "kognitos.runs.wait", "kognitos.run.bind"],
            ChildrenOf(traces, run).Select(a => a.OperationName));
        var wait = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.runs.wait");
        var polls = ChildrenOf(traces, wait);
        Assert.NotEmpty(polls);
        Assert.All(polls, poll => Assert.Equal(("kognitos.runs.get", ActivityKind.Client), (poll.OperationName, poll.Kind)));

        // One event per status first seen, in order, each with the poll that saw it.
        var events = wait.Events.ToList();
        Assert.All(events, e => Assert.Equal("kognitos.run.status_changed", e.Name));
        var statuses = events.Select(e => (string)e.Tags.Single(t => t.Key == "kognitos.run_status").Value!).ToList();
        Assert.Equal("Succeeded", statuses[^1]);
        Assert.Equal(statuses.Count, statuses.Distinct().Count());
        Assert.True(statuses.Count >= 2, "the run is seen before it finishes: " + string.Join(", ", statuses));
        Assert.Equal(1, events[0].Tags.Single(t => t.Key == "kognitos.poll").Value);
    }

    [Fact]
    public async Task A_failed_run_marks_its_activity_as_an_error_of_its_status()
    {
        using var traces = new ActivityRecorder();

        await Assert.ThrowsAsync<KognitosRunFailedException>(() =>
            _client.RunAsync(new HandWrittenInvoice { InvoiceNumber = "INV-1", Descriptor = HandWrittenInvoice.Shape(Agent, Failing) }));

        var run = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.run");
        Assert.Equal(ActivityStatusCode.Error, run.Status);
        Assert.Equal("Failed", run.GetTagItem("error.type"));
        Assert.Equal("Failed", run.GetTagItem("kognitos.run_status"));
        Assert.DoesNotContain(traces.Stopped, a => a.OperationName == "kognitos.run.bind");
    }

    [Fact]
    public async Task A_binding_failure_marks_the_bind_and_the_run_as_errors_of_the_first_errors_kind()
    {
        using var traces = new ActivityRecorder();

        await Assert.ThrowsAsync<KognitosBindingException>(() => _client.RunAsync(new StrictInvoice { InvoiceNumber = "INV-2" }));

        var run = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.run");
        var bind = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.run.bind");
        Assert.Equal(run.SpanId, bind.ParentSpanId);
        Assert.All([run, bind], activity =>
        {
            Assert.Equal(ActivityStatusCode.Error, activity.Status);
            Assert.Equal("Missing", activity.GetTagItem("error.type"));
        });
    }

    [Fact]
    public async Task Starting_and_waiting_apart_are_two_activities_tagged_alike()
    {
        using var traces = new ActivityRecorder();

        var handle = await _client.StartAsync(new HandWrittenInvoice { InvoiceNumber = "INV-3" });
        await handle.WaitAsync();

        var start = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.run.start");
        var complete = Assert.Single(traces.Stopped, a => a.OperationName == "kognitos.run.complete");
        Assert.DoesNotContain(traces.Stopped, a => a.OperationName == "kognitos.run");
        Assert.Equal(["kognitos.runs.create"], ChildrenOf(traces, start).Select(a => a.OperationName));
        Assert.Equal(["kognitos.runs.wait", "kognitos.run.bind"], ChildrenOf(traces, complete).Select(a => a.OperationName));
        Assert.All([start, complete], activity =>
        {
            Assert.Equal(Invoices, activity.GetTagItem("kognitos.process_id"));
            Assert.Equal(handle.RunId, activity.GetTagItem("kognitos.run_id"));
        });
        Assert.Equal("Succeeded", complete.GetTagItem("kognitos.run_status"));
    }
}
