using System.Collections.Concurrent;
using System.Diagnostics;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>Records the KognitosGen activities that belong to one test's trace.</summary>
public sealed class ActivityRecorder : IDisposable
{
    private static readonly ActivitySource TestSource = new("KognitosGen.Tests");
    private readonly ActivityListener _listener;
    private readonly Activity _root;

    public ActivityRecorder()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is KognitosClient.ActivitySourceName or "KognitosGen.Tests",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity =>
            {
                if (activity.TraceId == _root!.TraceId && activity.Source.Name == KognitosClient.ActivitySourceName)
                    Stopped.Add(activity);
            },
        };
        ActivitySource.AddActivityListener(_listener);
        _root = TestSource.StartActivity("test-root")!;
    }

    public ConcurrentBag<Activity> Stopped { get; } = new();

    public void Dispose()
    {
        _root.Dispose();
        _listener.Dispose();
    }
}
