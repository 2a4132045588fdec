using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>Counts every v2 and upload request by route template before anything can fault or reject it.</summary>
internal sealed class RequestCountingMiddleware(EmulatorCounters counters)
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (EmulatorPaths.IsApi(context) || EmulatorPaths.IsUpload(context))
            counters.RequestReceived(context.Request.Method, EmulatorPaths.RouteTemplate(context) ?? "(unmatched)");
        return next(context);
    }
}
