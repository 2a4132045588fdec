using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace KognitosGen.Emulator;

/// <summary>
/// The emulator's request pipeline, written once for both of its servers (Kestrel's web application and the hostless
/// one an in-memory server runs): routing, the middleware in order, then every route. Its middleware and endpoints
/// are made once per emulator, so both servers share what they keep (the gate of the unfinished-runs limit, say).
/// </summary>
internal sealed class EmulatorPipeline(EmulatorRuntime runtime)
{
    private readonly RequestCountingMiddleware _counting = new(runtime.Counters);
    private readonly FaultInjectionMiddleware _faults = new(runtime.Faults, runtime.Counters);
    private readonly ApiKeyMiddleware _apiKey = new(runtime.Scenario, runtime.Variants);
    private readonly ProcessEndpoints _processes = new(runtime);
    private readonly RunEndpoints _runs = new(runtime);
    private readonly FileEndpoints _files = new(runtime);
    private readonly UploadEndpoints _uploads = new(runtime);
    private readonly AdminEndpoints _admin = new(runtime);
    private readonly WebUiEndpoints _webUi = new(runtime);

    /// <summary>Adds the pipeline to <paramref name="app"/>, whose services must include routing's.</summary>
    public void Configure(IApplicationBuilder app)
    {
        app.UseRouting();
        // The variants travel with each request, for the writers of error bodies.
        app.Use((context, next) =>
        {
            context.Features.Set(runtime.Variants);
            return next(context);
        });
        app.Use(_counting.InvokeAsync);
        app.Use(_faults.InvokeAsync);
        app.Use(_apiKey.InvokeAsync);
        app.UseEndpoints(MapRoutes);
    }

    private void MapRoutes(IEndpointRouteBuilder routes)
    {
        HealthEndpoints.Map(routes);
        _processes.Map(routes);
        _runs.Map(routes);
        _files.Map(routes);
        _uploads.Map(routes);
        _admin.Map(routes);
        _webUi.Map(routes);
        UnmatchedApiEndpoint.Map(routes);
    }
}
