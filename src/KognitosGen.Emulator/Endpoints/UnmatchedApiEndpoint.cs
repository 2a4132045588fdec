using System;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>
/// Any other /v2 request, after the API-key check like the real routes: a real path asked with another method is 405
/// with <c>Allow</c>, as FastAPI (Starlette's router) answers it; any other path is 404. Both bodies are ErrorModels,
/// since the API's handler writes its 404s so and FastAPI raises both through the same exception.
/// </summary>
internal static class UnmatchedApiEndpoint
{
    public static void Map(IEndpointRouteBuilder routes) =>
        routes.Map(EmulatorPaths.ApiCatchAll, new RequestDelegate(context =>
        {
            var path = context.Request.Path.Value ?? string.Empty;
            if (AllowedMethods(path) is { } allowed)
            {
                context.Response.Headers.Allow = allowed;
                return ApiResponses.WriteErrorAsync(context, StatusCodes.Status405MethodNotAllowed, ErrorMessages.MethodNotAllowed,
                    [new ErrorDetail("method", $"'{context.Request.Method} {path}' is not allowed; allowed: {allowed}")]);
            }

            return ApiResponses.WriteErrorAsync(context, StatusCodes.Status404NotFound, ErrorMessages.NotFound,
                [new ErrorDetail("path", $"no v2 endpoint '{context.Request.Method} {path}'")]);
        }));

    /// <summary>The methods the API serves at <paramref name="path"/>, or null when it serves none.</summary>
    internal static string? AllowedMethods(string path)
    {
        var segments = path.Trim('/').Split('/');
        if (segments.Length < 2 || !segments[0].Equals("v2", StringComparison.OrdinalIgnoreCase))
            return null;
        return (segments[1], segments.Length) switch
        {
            ("health", 2) => "GET",
            ("processes", 2) or ("processes", 3) => "GET",
            ("runs", 2) => "GET, POST",
            ("runs", 3) => "GET",
            ("files", 2) => "POST",
            _ => null,
        };
    }
}
