using System.Diagnostics;

namespace KognitosGen;

internal static class KognitosTelemetry
{
    public static readonly ActivitySource Source =
        new(KognitosClient.ActivitySourceName, typeof(KognitosTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The <c>error.type</c> tag of a failed call: the HTTP status when there was one, else the failure kind.</summary>
    public static string ErrorType(KognitosApiException failure) =>
        failure.StatusCode != 0 ? failure.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture) : failure.Kind.ToString();
}
