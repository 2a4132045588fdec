using System;

namespace KognitosGen.Waiting;

/// <summary>How the interval between two looks at a run grows.</summary>
internal static class PollingSchedule
{
    public static TimeSpan Grow(TimeSpan interval, KognitosPollingOptions settings)
    {
        var next = TimeSpan.FromMilliseconds(Math.Max(1, interval.TotalMilliseconds) * settings.Multiplier);
        return next > settings.MaxInterval ? settings.MaxInterval : next;
    }
}
