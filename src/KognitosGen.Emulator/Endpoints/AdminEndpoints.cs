using System;
using System.Text.Json;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>
/// Emulator-only routes outside /v2 (no API key, no faults, not counted): read and replace the faults,
/// read and reset the counters. Bodies are camelCase like the scenario file.
/// </summary>
internal sealed class AdminEndpoints(EmulatorRuntime runtime)
{
    public void Map(IEndpointRouteBuilder routes)
    {
        routes.MapGet("/_emulator/faults", new RequestDelegate(GetFaultsAsync));
        routes.MapPut("/_emulator/faults", new RequestDelegate(PutFaultsAsync));
        routes.MapGet("/_emulator/counters", new RequestDelegate(GetCountersAsync));
        routes.MapPost("/_emulator/reset-counters", new RequestDelegate(ResetCounters));
    }

    private Task GetFaultsAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, runtime.Faults.Settings,
            EmulatorJsonContext.Readable.FaultSettings);

    private async Task PutFaultsAsync(HttpContext context)
    {
        FaultSettings? settings;
        try
        {
            settings = await JsonSerializer.DeserializeAsync(context.Request.Body,
                EmulatorJsonContext.Default.FaultSettings, context.RequestAborted);
        }
        catch (JsonException ex)
        {
            await BadRequestAsync(context, "invalid fault settings: " + ex.Message);
            return;
        }

        try
        {
            runtime.Faults.Update(settings ?? FaultSettings.None);
        }
        catch (ArgumentException ex)
        {
            await BadRequestAsync(context, ex.Message);
            return;
        }

        await GetFaultsAsync(context);
    }

    private Task GetCountersAsync(HttpContext context) =>
        ApiResponses.WriteJsonAsync(context, StatusCodes.Status200OK, runtime.Counters.Snapshot(),
            EmulatorJsonContext.Readable.EmulatorCountersSnapshot);

    private Task ResetCounters(HttpContext context)
    {
        runtime.Counters.Reset();
        context.Response.StatusCode = StatusCodes.Status204NoContent;
        return Task.CompletedTask;
    }

    private static Task BadRequestAsync(HttpContext context, string error) =>
        ApiResponses.WriteJsonAsync(context, StatusCodes.Status400BadRequest, new AdminError(error),
            EmulatorJsonContext.Readable.AdminError);
}
