using System;
using System.Diagnostics;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace KognitosGen.Emulator;

/// <summary>
/// The emulator's pipeline for an in-memory server, without a host: a small container of its own with routing's
/// services (no configuration, hosting or Kestrel, whose building is most of a host's start), logging to nowhere as an
/// in-memory emulator did before Kestrel started (a failure reaches the caller as an exception). Disposing it
/// disposes that container.
/// </summary>
internal sealed class HostlessPipeline : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private HostlessPipeline(ServiceProvider services, RequestDelegate pipeline)
    {
        _services = services;
        Application = new PipelineApplication(pipeline, services.GetRequiredService<IServiceScopeFactory>());
    }

    /// <summary>What the in-memory server runs.</summary>
    public IHttpApplication<HttpContext> Application { get; }

    public static HostlessPipeline Build(EmulatorPipeline pipeline)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        // Routing's middleware reports to it; made by the container so that disposing the container removes it from
        // the process-wide list of listeners.
        services.AddSingleton(_ => new DiagnosticListener("Microsoft.AspNetCore"));
        services.AddRouting();
        var provider = services.BuildServiceProvider();
        try
        {
            var app = new ApplicationBuilder(provider);
            pipeline.Configure(app);
            return new HostlessPipeline(provider, app.Build());
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
