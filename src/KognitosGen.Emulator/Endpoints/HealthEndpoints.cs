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

    private static Task GetHealthAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, new HealthResponse("OK"),
            WireJsonContext.Readable.HealthResponse);
}
