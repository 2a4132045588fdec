using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>Writes v2 responses: JSON bodies through the source-generated context and ErrorModel errors.</summary>
internal static class ApiResponses
{
    public static async Task WriteJsonAsync<T>(HttpContext context, int statusCode, T value, JsonTypeInfo<T> typeInfo)
    {
        context.Response.StatusCode = statusCode;
        context.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(context.Response.Body, value, typeInfo, context.RequestAborted);
    }

    public static Task WriteErrorAsync(HttpContext context, int statusCode, string message,
        IReadOnlyList<ErrorDetail>? details = null)
    {
        var variants = context.Features.Get<EmulatorVariants>();
        return GatewayErrorWriter.Applies(statusCode, variants)
            ? GatewayErrorWriter.WriteAsync(context, statusCode, variants!.ErrorBodies)
            : WriteJsonAsync(context, statusCode, new ErrorModel(statusCode, message, details), WireJsonContext.Readable.ErrorModel);
    }

    public static Task InvalidInputAsync(HttpContext context, IReadOnlyList<ErrorDetail> details) =>
        WriteErrorAsync(context, StatusCodes.Status400BadRequest, ErrorMessages.InvalidInput, details);

    public static Task ForbiddenAgentAsync(HttpContext context, string agentId) =>
        WriteErrorAsync(context, StatusCodes.Status403Forbidden, ErrorMessages.AgentForbidden,
            [new ErrorDetail("agent_id", $"this key is scoped to another agent than '{agentId}'")]);

    /// <summary>The caller the API-key middleware authenticated.</summary>
    public static ApiCaller Caller(HttpContext context) =>
        context.Features.Get<ApiCaller>() ?? throw new System.InvalidOperationException("Request was not authenticated.");
}
