using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>GET /v2/health. Behind the API-key check like every v2 route (the docs' examples all send a key).</summary>
internal static class HealthEndpoints
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.MapGet("/v2/health", new RequestDelegate(GetHealthAsync));

    // The variants say what is reported ("OK" unless a test asks for another word) and with which code (200 or 503).
    private static Task GetHealthAsync(HttpContext context)
    {
        var variants = context.Features.Get<EmulatorVariants>() ?? new EmulatorVariants();
        return ApiResponses.WriteJsonAsync(context, variants.HealthStatusCode, new HealthResponse(variants.HealthStatus),
            WireJsonContext.Readable.HealthResponse);
    }
}
