using System.Security;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Errors of the fake S3 upload route. S3 is not the Kognitos API, so these are S3-style XML
/// (<c>&lt;Error&gt;&lt;Code/&gt;&lt;Message/&gt;&lt;/Error&gt;</c>), never ErrorModel JSON.
/// </summary>
internal static class S3Errors
{
    public static Task WriteAsync(HttpContext context, int statusCode, string code, string message)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/xml";
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + SecurityElement.Escape(code)
            + "</Code><Message>" + SecurityElement.Escape(message) + "</Message></Error>";
        return context.Response.WriteAsync(xml, context.RequestAborted);
    }
}
