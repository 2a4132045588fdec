using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>Any other /v2 path: 404 with an ErrorModel body, after the API-key check like the real routes.</summary>
internal static class UnmatchedApiEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.Map(EmulatorPaths.ApiCatchAll, new RequestDelegate(context =>
            ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.NotFound,
                [new ErrorDetail("path", $"no v2 endpoint '{context.Request.Method} {context.Request.Path}'")])));
}
