using KognitosGen.Tests.Infrastructure;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using Microsoft.Extensions.Time.Testing;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Telemetry;

/// <summary>A call's duration is measured on the client's TimeProvider: on a fake clock, exactly the time advanced.</summary>
[Collection(nameof(TelemetryCollection))]
public sealed class CallDurationClockTests
{
    [Fact]
    public async Task A_successful_calls_duration_is_the_time_the_clock_advanced_during_it()
    {
        var clock = new FakeTimeProvider();
        using var metrics = new MetricRecorder();

        await RunAsync(new TelemetryPolicy(clock), new ApiMessage(Get(), CancellationToken.None), (m, _) =>
        {
            clock.Advance(TimeSpan.FromMilliseconds(1500));
            m.Result = new ApiResponse(200, default);
            return ValueTask.CompletedTask;
        });

        var call = metrics.Single("kognitos.client.operation.duration");
        Assert.Equal(1.5, call.Value);
        Assert.Equal("200", call.Tag("http.response.status_code"));
    }

    [Fact]
    public async Task A_failed_calls_duration_is_the_time_the_clock_advanced_during_it()
    {
        var clock = new FakeTimeProvider();
        using var metrics = new MetricRecorder();

        await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(new TelemetryPolicy(clock), new ApiMessage(Get(), CancellationToken.None), (_, _) =>
            {
                clock.Advance(TimeSpan.FromSeconds(12));
                throw Failure(503);
            }));

        var call = metrics.Single("kognitos.client.operation.duration");
        Assert.Equal(12, call.Value);
        Assert.Equal("503", call.Tag("error.type"));
    }

    [Fact]
    public async Task A_cancelled_calls_duration_is_the_time_the_clock_advanced_during_it()
    {
        var clock = new FakeTimeProvider();
        using var metrics = new MetricRecorder();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
            await RunAsync(new TelemetryPolicy(clock), new ApiMessage(Get(), CancellationToken.None), (_, _) =>
            {
                clock.Advance(TimeSpan.FromMilliseconds(250));
                throw new OperationCanceledException();
            }));

        var call = metrics.Single("kognitos.client.operation.duration");
        Assert.Equal(0.25, call.Value);
        Assert.Equal(typeof(OperationCanceledException).FullName, call.Tag("error.type"));
    }
}
