using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace KognitosGen.Emulator;

/// <summary>
/// The documented answer to a start beyond the concurrent-run capacity: 403 with "Resource Not Available" (platform
/// capacities, FAQ #7; the body's form is undocumented). Written as the variants write other 403s: an ErrorModel, or a
/// gateway's body carrying the same words.
/// </summary>
internal static class ConcurrencyLimitAnswer
{
    public static Task WriteAsync(HttpContext context, string agentId, int limit)
    {
        var variants = context.Features.Get<EmulatorVariants>();
        return GatewayErrorWriter.Applies(StatusCodes.Status403Forbidden, variants)
            ? GatewayErrorWriter.WriteAsync(context, StatusCodes.Status403Forbidden, variants!.ErrorBodies, ErrorMessages.ResourceNotAvailable)
            : ApiResponses.WriteJsonAsync(context, StatusCodes.Status403Forbidden,
                new ErrorModel(StatusCodes.Status403Forbidden, ErrorMessages.ResourceNotAvailable,
                    [new ErrorDetail("agent_id", $"agent '{agentId}' has {limit} runs unfinished, its limit of concurrent runs")]),
                WireJsonContext.Readable.ErrorModel);
    }
}
