using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>Writes the web UI's answers, each with headers that keep its pages to themselves.</summary>
internal static class WebUiResponses
{
    public static Task HtmlAsync(HttpContext context, int statusCode, string html)
    {
        Protect(context.Response);
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, context.RequestAborted);
    }

    /// <summary>Post/redirect/get: the browser's next request is a GET of <paramref name="location"/>.</summary>
    public static Task SeeOtherAsync(HttpContext context, string location)
    {
        Protect(context.Response);
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    public static void Protect(HttpResponse response)
    {
        var headers = response.Headers;
        // Scripts and styles only from the emulator's own files: nothing inline, nothing from elsewhere.
        headers.ContentSecurityPolicy = "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // Nothing of a page's address travels to another site; same-origin (not no-referrer) keeps the Origin header
        // on the UI's own posts, which the actions check.
        headers["Referrer-Policy"] = "same-origin";
        headers.CacheControl = "no-store";
    }
}
