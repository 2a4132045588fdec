using System.Diagnostics;

namespace KognitosGen;

internal static class KognitosTelemetry
{
    public static readonly ActivitySource Source =
        new(KognitosClient.ActivitySourceName, typeof(KognitosTelemetry).Assembly.GetName().Version?.ToString());
}
