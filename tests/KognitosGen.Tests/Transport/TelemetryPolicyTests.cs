using KognitosGen.Tests.Infrastructure;
using KognitosGen.Transport;
using KognitosGen.Transport.Policies;
using static KognitosGen.Tests.Transport.PolicyTestSupport;

namespace KognitosGen.Tests.Transport;

/// <summary>The telemetry policy alone: one activity per call, tagged with its outcome and attempts.</summary>
public sealed class TelemetryPolicyTests
{
    [Fact]
    public async Task A_successful_call_has_one_client_activity_with_its_status_and_attempts()
    {
        using var recorder = new ActivityRecorder();
        var message = new ApiMessage(Get() with { ResourceTag = ("kognitos.run_id", "r1") }, CancellationToken.None);

        await RunAsync(new TelemetryPolicy(TimeProvider.System), message, (m, _) =>
        {
            Assert.NotNull(m.Activity);
            m.Attempts = 2;
            m.Result = new ApiResponse(200, default);
            return ValueTask.CompletedTask;
        });

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("kognitos.runs.get", activity.OperationName);
        Assert.Equal(System.Diagnostics.ActivityKind.Client, activity.Kind);
        Assert.Equal("GET", activity.GetTagItem("http.request.method"));
        Assert.Equal("/v2/runs/r1", activity.GetTagItem("url.path"));
        Assert.Equal("r1", activity.GetTagItem("kognitos.run_id"));
        Assert.Equal(200, activity.GetTagItem("http.response.status_code"));
        Assert.Equal(2, activity.GetTagItem("kognitos.attempts"));
    }

    [Fact]
    public async Task A_failed_call_marks_its_activity_with_the_error_type()
    {
        using var recorder = new ActivityRecorder();
        var message = new ApiMessage(Get(), CancellationToken.None);

        await Assert.ThrowsAsync<KognitosApiException>(async () =>
            await RunAsync(new TelemetryPolicy(TimeProvider.System), message, (m, _) =>
            {
                m.Attempts = 1;
                throw Failure(503);
            }));

        var activity = Assert.Single(recorder.Stopped);
        Assert.Equal("503", activity.GetTagItem("error.type"));
        Assert.Equal(503, activity.GetTagItem("http.response.status_code"));
        Assert.Equal(System.Diagnostics.ActivityStatusCode.Error, activity.Status);
    }
}
