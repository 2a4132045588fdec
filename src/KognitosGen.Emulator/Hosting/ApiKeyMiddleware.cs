using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// Requires a known <c>x-api-key</c> on every /v2 route (health included) and records the caller for the
/// handlers; a missing or unknown key is 401 with an ErrorModel body. The admin routes (/_emulator) take any key of
/// the scenario too: an emulator reachable on a network must not let anyone change its faults or reset its counters.
/// </summary>
internal sealed class ApiKeyMiddleware(CompiledScenario scenario, EmulatorVariants variants)
{
    public const string HeaderName = "x-api-key";

    public Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (EmulatorPaths.IsAdmin(context))
            return AdminAsync(context, next);
        if (!EmulatorPaths.IsApi(context) || (!variants.HealthRequiresKey && EmulatorPaths.IsHealth(context)))
            return next(context);

        var key = context.Request.Headers[HeaderName].ToString();
        if (string.IsNullOrEmpty(key))
            return Unauthorized(context, "the x-api-key header is missing");
        if (!scenario.ApiKeys.TryGetValue(key, out var caller))
        {
            if (!scenario.AcceptsAnyKey)
                return Unauthorized(context, "the API key is not recognised");
            caller = new ApiCaller(key, null);
        }

        context.Features.Set(caller);
        return next(context);
    }

    // Admin routes answer in their own body form ({"error": ...}), as their other errors do.
    private Task AdminAsync(HttpContext context, RequestDelegate next)
    {
        var key = context.Request.Headers[HeaderName].ToString();
        if (!string.IsNullOrEmpty(key) && (scenario.AcceptsAnyKey || scenario.ApiKeys.ContainsKey(key)))
            return next(context);
        var reason = string.IsNullOrEmpty(key) ? "the x-api-key header is missing" : "the API key is not recognised";
        return ApiResponses.WriteJsonAsync(context, StatusCodes.Status401Unauthorized,
            new AdminError("the emulator's admin routes need an API key of the scenario: " + reason),
            EmulatorJsonContext.Readable.AdminError);
    }

    private static Task Unauthorized(HttpContext context, string reason) =>
        ApiResponses.WriteErrorAsync(context, StatusCodes.Status401Unauthorized, ErrorMessages.AccessNotPermitted,
            [new ErrorDetail(HeaderName, reason)]);
}
