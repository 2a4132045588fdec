using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace KognitosGen.Emulator;

/// <summary>Builds the web application: Kestrel on the given URLs, the middleware chain and every route.</summary>
internal static class EmulatorApplication
{
    /// <param name="runtime">The emulator's state.</param>
    /// <param name="urls">What Kestrel listens on.</param>
    /// <param name="consoleLogLater">
    /// True when Kestrel may never start (an in-memory server serves first): the console logger, whose writer thread is
    /// a large share of a start, is left out here and added when Kestrel starts (<see cref="LateConsoleLog"/>); in
    /// memory, a failure reaches the caller as an exception instead.
    /// </param>
    public static WebApplication Build(EmulatorRuntime runtime, IReadOnlyList<string> urls, bool consoleLogLater)
    {
        // No args and an explicit content root: the emulator must not pick up a host project's settings.
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        // Nor its appsettings.json or environment (the content root is the host's bin folder): the emulator is
        // configured only by its scenario, and logs warnings and errors only.
        builder.Configuration.Sources.Clear();
        builder.Configuration.AddInMemoryCollection();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (consoleLogLater)
            builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(urls.ToArray());
        builder.WebHost.ConfigureKestrel(options => options.AddServerHeader = false);

        var app = builder.Build();
        app.UseRouting();
        // The variants travel with each request, for the writers of error bodies.
        app.Use((context, next) =>
        {
            context.Features.Set(runtime.Variants);
            return next(context);
        });
        app.Use(new RequestCountingMiddleware(runtime.Counters).InvokeAsync);
        app.Use(new FaultInjectionMiddleware(runtime.Faults, runtime.Counters).InvokeAsync);
        app.Use(new ApiKeyMiddleware(runtime.Scenario, runtime.Variants).InvokeAsync);

        HealthEndpoints.Map(app);
        new ProcessEndpoints(runtime).Map(app);
        new RunEndpoints(runtime).Map(app);
        new FileEndpoints(runtime).Map(app);
        new UploadEndpoints(runtime).Map(app);
        new AdminEndpoints(runtime).Map(app);
        new WebUiEndpoints(runtime).Map(app);
        UnmatchedApiEndpoint.Map(app);
        // Ends the pipeline in the endpoints for an in-memory server too (the host adds its own only when Kestrel starts).
        app.UseEndpoints(_ => { });
        return app;
    }
}
