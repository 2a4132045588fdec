using System.Threading.Tasks;
using KognitosGen.Recording;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>Answers a request with a recorded error: its status, Retry-After, Content-Type and body, as recorded.</summary>
internal static class RecordedErrorAnswer
{
    public static async Task WriteAsync(HttpContext context, RecordedError error)
    {
        if (error.Dropped)
        {
            context.Abort();
            return;
        }

        context.Response.StatusCode = error.StatusCode;
        if (error.Header("Retry-After") is { } retryAfter)
            context.Response.Headers.RetryAfter = retryAfter;
        context.Response.ContentType = error.Header("Content-Type") ?? "application/json";
        await context.Response.WriteAsync(error.Body, context.RequestAborted);
    }
}
