using System;
using System.Diagnostics;
using System.Globalization;

namespace KognitosGen.Telemetry;

internal static class KognitosTelemetry
{
    public static readonly ActivitySource Source =
        new(KognitosClient.ActivitySourceName, typeof(KognitosTelemetry).Assembly.GetName().Version?.ToString());

    /// <summary>The <c>error.type</c> tag of a failed call: the HTTP status when there was one, else the failure kind.</summary>
    public static string ErrorType(KognitosApiException failure) =>
        failure.StatusCode != 0 ? failure.StatusCode.ToString(CultureInfo.InvariantCulture) : failure.Kind.ToString();

    /// <summary>
    /// The <c>error.type</c> tag of anything a call or a run can throw: a call's status or failure kind, a run's
    /// final status, the first binding error's kind, else the exception's type, as OpenTelemetry advises.
    /// </summary>
    public static string ErrorType(Exception exception) => exception switch
    {
        KognitosApiException failure => ErrorType(failure),
        KognitosRunFailedException failed => RunTelemetry.StatusName(failed.Status),
        KognitosBindingException { Errors.Count: > 0 } binding => binding.Errors[0].Kind.ToString(),
        _ => exception.GetType().FullName ?? exception.GetType().Name,
    };

    /// <summary>
    /// Marks <paramref name="activity"/> failed with <paramref name="exception"/>'s <c>error.type</c>. Returns
    /// false, so that it can sit in an exception filter and leave the exception to go on as it was.
    /// </summary>
    public static bool Failed(Activity? activity, Exception exception)
    {
        if (activity is not null)
        {
            var type = ErrorType(exception);
            activity.SetTag(TelemetryTags.ErrorType, type);
            activity.SetStatus(ActivityStatusCode.Error, type);
        }

        return false;
    }
}
