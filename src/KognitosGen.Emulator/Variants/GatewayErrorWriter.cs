using System.Net;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace KognitosGen.Emulator;

/// <summary>
/// Writes 401, 403, 429 and 5xx answers in a gateway's or proxy's form rather than as an ErrorModel, when the
/// variants ask for it: such answers often come from in front of the API, not from it.
/// </summary>
internal static class GatewayErrorWriter
{
    public static bool Applies(int statusCode, EmulatorVariants? variants) =>
        variants is { ErrorBodies: not ErrorBodyForm.ErrorModel } && statusCode is 401 or 403 or 429 or >= 500;

    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status.</param>
    /// <param name="form">The body's form.</param>
    /// <param name="reason">The words the body says; the status's reason phrase when null.</param>
    public static Task WriteAsync(HttpContext context, int statusCode, ErrorBodyForm form, string? reason = null)
    {
        reason ??= ReasonPhrases.GetReasonPhrase(statusCode);
        context.Response.StatusCode = statusCode;
        switch (form)
        {
            case ErrorBodyForm.GatewayMessage:
                return ApiResponses.WriteJsonAsync(context, statusCode, new GatewayErrorBody(reason), WireJsonContext.Readable.GatewayErrorBody);
            case ErrorBodyForm.PlainText:
                context.Response.ContentType = "text/plain; charset=utf-8";
                return context.Response.WriteAsync(reason, Encoding.UTF8, context.RequestAborted);
            default:
                context.Response.ContentType = "text/html; charset=utf-8";
                var title = WebUtility.HtmlEncode($"{statusCode} {reason}");
                return context.Response.WriteAsync(
                    $"<html>\r\n<head><title>{title}</title></head>\r\n<body>\r\n<center><h1>{title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                    Encoding.UTF8, context.RequestAborted);
        }
    }
}
