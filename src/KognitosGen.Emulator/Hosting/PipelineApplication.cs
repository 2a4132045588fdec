using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace KognitosGen.Emulator;

/// <summary>
/// The emulator's request pipeline as an application an in-memory server can run, beside Kestrel or
/// before it starts: each request gets a context whose services come from the emulator's own container.
/// </summary>
internal sealed class PipelineApplication(RequestDelegate pipeline, IServiceScopeFactory scopes) : IHttpApplication<HttpContext>
{
    public HttpContext CreateContext(IFeatureCollection contextFeatures) =>
        new DefaultHttpContext(contextFeatures) { ServiceScopeFactory = scopes };

    public Task ProcessRequestAsync(HttpContext context) => pipeline(context);

    public void DisposeContext(HttpContext context, Exception? exception)
    {
    }
}
