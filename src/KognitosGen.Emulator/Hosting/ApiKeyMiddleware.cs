using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Requires a known <c>x-api-key</c> on every /v2 route (health included) and records the caller for the
/// handlers; a missing or unknown key is 401 with an ErrorModel body.
/// </summary>
internal sealed class ApiKeyMiddleware(CompiledScenario scenario, EmulatorVariants variants)
{
    public const string HeaderName = "x-api-key";

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (!EmulatorPaths.IsApi(context) || (!variants.HealthRequiresKey && EmulatorPaths.IsHealth(context)))
            return next(context);

        var key = context.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key))
            return Unauthorized(context, "the x-api-key header is missing");
        if (!scenario.ApiKeys.TryGetValue(key, out var caller))
            return Unauthorized(context, "the API key is not recognised");

        context.Features.Set(caller);
        return next(context);
    }

    private static Task Unauthorized(HttpContext context, string reason) =>
        ApiResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, ErrorMessages.AccessNotPermitted,
            [new ErrorDetail(HeaderName, reason)]);
}
