using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Applies the fault injector's decision to /v2 requests: latency, then a drop before handling, a 429, a 503,
/// or a drop after handling (the handler runs, its response is buffered and thrown away with the connection).
/// </summary>
internal sealed class FaultInjectionMiddleware(FaultInjector injector, EmulatorCounters counters)
{
    public Task InvokeAsync(HttpContext context, RequestDelegate next) =>
        injector.Enabled && EmulatorPaths.IsApi(context) ? InjectAsync(context, next) : next(context);

    private async Task InjectAsync(HttpContext context, RequestDelegate next)
    {
        var decision = injector.Decide(context.Request.Method, context.Request.Path.Value ?? string.Empty,
            EmulatorPaths.RouteTemplate(context));
        if (decision.DelayMs > 0)
        {
            counters.FaultInjected(FaultKind.Delayed);
            await Task.Delay(decision.DelayMs, context.RequestAborted);
        }

        if (decision.DropBeforeHandling)
        {
            counters.FaultInjected(FaultKind.DroppedBeforeHandling);
            context.Abort();
            return;
        }

        if (decision.RateLimited)
        {
            counters.FaultInjected(FaultKind.RateLimited);
            context.Response.Headers.RetryAfter = decision.RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ErrorMessages.TooManyRequests);
            return;
        }

        if (decision.ServiceUnavailable)
        {
            counters.FaultInjected(FaultKind.ServiceUnavailable);
            await ApiResponses.WriteErrorAsync(context, StatusCodes.Status503ServiceUnavailable, ErrorMessages.ServiceUnavailable);
            return;
        }

        if (!decision.DropAfterHandling)
        {
            await next(context);
            return;
        }

        // Nothing reaches the socket until the pipeline ends, so buffering the body keeps the response unsent.
        var original = context.Response.Body;
        await using var discarded = new MemoryStream();
        context.Response.Body = discarded;
        context.Features.Set(AnswerDropped.Instance);
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }

        counters.FaultInjected(FaultKind.DroppedAfterHandling);
        context.Abort();
    }
}
