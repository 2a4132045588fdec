using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>
/// Records every measurement of the KognitosGen meter while it lives. A <see cref="MeterListener"/> hears the whole
/// process, so tests that use one run in <see cref="TelemetryCollection"/>, alone.
/// </summary>
public sealed class MetricRecorder : IDisposable
{
    private readonly MeterListener _listener = new();

    public MetricRecorder()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == KognitosClient.MeterName)
                listener.EnableMeasurementEvents(instrument);
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Add(instrument, value, tags));
        _listener.Start();
    }

    public ConcurrentQueue<RecordedMeasurement> All { get; } = new();

    /// <summary>The measurements of one instrument, in the order they were made.</summary>
    public IReadOnlyList<RecordedMeasurement> Of(string instrument) => All.Where(m => m.Instrument == instrument).ToList();

    /// <summary>The one measurement of <paramref name="instrument"/>; fails when there are none or several.</summary>
    public RecordedMeasurement Single(string instrument) => Assert.Single(Of(instrument));

    public void Dispose() => _listener.Dispose();

    private void Add(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var copy = new Dictionary<string, object?>();
        foreach (var tag in tags)
            copy[tag.Key] = tag.Value;
        All.Enqueue(new RecordedMeasurement(instrument.Name, instrument.Unit, value, copy));
    }
}

/// <summary>One measurement: which instrument, its unit, the value and the tags.</summary>
public sealed record RecordedMeasurement(string Instrument, string? Unit, double Value, IReadOnlyDictionary<string, object?> Tags)
{
    public string? Tag(string name) => Tags.TryGetValue(name, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) : null;
}

/// <summary>Tests that listen to the process-wide meter run alone, so that no other test's measurements mix in.</summary>
[CollectionDefinition(nameof(TelemetryCollection), DisableParallelization = true)]
public sealed class TelemetryCollection;
