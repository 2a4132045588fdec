using System.Text;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Tests.Infrastructure;

/// <summary>Canned responses for the loopback server.</summary>
public static class Responses
{
    public static Task Json(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json, Encoding.UTF8);
    }

    public static Task Error(HttpContext context, int status, string message, string details = "null") =>
        Json(context, $$"""{"status_code": {{status}}, "message": "{{message}}", "details": {{details}}}""", status);

    public static Task Status(HttpContext context, int status, int? retryAfterSeconds = null)
    {
        context.Response.StatusCode = status;
        if (retryAfterSeconds is { } seconds)
            context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Task.CompletedTask;
    }

    /// <summary>Drops the connection without a response, as a failing proxy or network would.</summary>
    public static Task Drop(HttpContext context)
    {
        context.Abort();
        return Task.CompletedTask;
    }

    public static string Run(string id, string status, string outputs = "null") =>
        $$"""
        {"id": "{{id}}", "name": "Process invoice 42", "process_id": "b4fznghynbdemslfd5k044fgd",
         "agent_id": "a7xm2kp9qwj3v5nh8t4c6r1e9z", "stage": "Published", "status": "{{status}}",
         "created_at": "2021-01-01T12:00:00", "file_ids": null, "outputs": {{outputs}}}
        """;
}
