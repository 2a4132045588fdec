using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace KognitosGen.Benchmarks.Runtime;

/// <summary>
/// What an OpenTelemetry SDK attaches, without its exporters: an activity listener that records every KognitosGen
/// activity, and a meter listener that takes every KognitosGen measurement (and adds it up, as an aggregator would).
/// </summary>
public sealed class TelemetryListeners : IDisposable
{
    // The literal, not KognitosClient.MeterName, so that the benchmark also builds against runtimes without a meter.
    private const string Name = "KognitosGen";

    private readonly ActivityListener _activities;
    private readonly MeterListener _meters = new();
    private double _sum;

    public TelemetryListeners()
    {
        _activities = new ActivityListener
        {
            ShouldListenTo = source => source.Name == Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(_activities);
        _meters.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == Name)
                listener.EnableMeasurementEvents(instrument);
        };
        _meters.SetMeasurementEventCallback<long>((_, value, tags, _) => _sum += value + tags.Length);
        _meters.SetMeasurementEventCallback<double>((_, value, tags, _) => _sum += value + tags.Length);
        _meters.Start();
    }

    /// <summary>All measurements added up; read so that the callbacks' work is not optimised away.</summary>
    public double Sum => _sum;

    public void Dispose()
    {
        _meters.Dispose();
        _activities.Dispose();
    }
}
