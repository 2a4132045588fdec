using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KognitosGen.Testing.Tests;

/// <summary>A typed run's metrics read the client's clock: on the kit's virtual clock they count virtual time.</summary>
public sealed class RunDurationTests
{
    [Fact]
    public async Task A_typed_runs_duration_is_the_virtual_time_that_passed_not_the_wall_time()
    {
        await using var kognitos = await KognitosTestServer.StartAsync();
        var length = TimeSpan.FromMinutes(42);
        kognitos.Process<Shipment>().Returns(new KognitosOutputs<Shipment> { [p => p.Carrier] = "DHL" }).Taking(length);
        var durations = new ConcurrentQueue<double>();
        using var listener = ListenToRunDurations("shipments01", durations);
        var before = kognitos.Clock.GetUtcNow();

        var done = await new Shipment { OrderNumber = "ORD-7" }.RunAsync(kognitos.Client);

        var elapsed = kognitos.Clock.GetUtcNow() - before;
        Assert.Equal("DHL", done.Process.Carrier);
        var duration = Assert.Single(durations);
        // The start and the poll that saw the end took no virtual time, so the run's duration is all of what passed,
        // to the tick; the wall clock would have measured milliseconds.
        Assert.Equal(elapsed.TotalSeconds, duration);
        Assert.True(duration >= length.TotalSeconds, $"the run took {length} on the clock but its duration is {duration} s");
    }

    // Only this process's runs: other tests of the assembly run theirs at the same time in the same process.
    private static MeterListener ListenToRunDurations(string processId, ConcurrentQueue<double> durations)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == KognitosClient.MeterName && instrument.Name == "kognitos.run.duration")
                    l.EnableMeasurementEvents(instrument);
            },
        };
        listener.SetMeasurementEventCallback<double>((_, value, tags, _) =>
        {
            foreach (var tag in tags)
            {
                if (tag.Key == "kognitos.process_id" && Equals(tag.Value, processId))
                    durations.Enqueue(value);
            }
        });
        listener.Start();
        return listener;
    }
}
